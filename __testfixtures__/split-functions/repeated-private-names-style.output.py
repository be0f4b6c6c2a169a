"""A legacy camelCase API kept for compatibility, with snake_case private code."""

_MAX_FLAG = 0xFFFF


def _profile_path(profile):
    return profile.filename


def _profile_name(profile):
    return profile.product_name


def getProfileName(profile):
    return _profile_name(profile)


def getProfileInfo(profile):
    return profile.info


def getDefaultIntent(profile):
    return profile.rendering_intent


def buildTransform(inputProfile, outputProfile, flags=0):
    _check_flags(flags)

    return (_profile_path(inputProfile), _profile_path(outputProfile), flags)


def _check_flags(flags):
    if not isinstance(flags, int) or not (0 <= flags <= _MAX_FLAG):
        message = "flags must be an integer between 0 and %s" % _MAX_FLAG
        raise ValueError(message)


def buildProofTransform(inputProfile, outputProfile, proofProfile, flags=0):
    _check_flags(flags)

    return (_profile_name(inputProfile), _profile_name(outputProfile), _profile_name(proofProfile), flags)
