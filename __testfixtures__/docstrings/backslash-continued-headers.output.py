"""Helpers kept on one line by an old formatter."""


def identity(value):
    """Return the identity.

    Args:
        value: The value.

    Returns:
        The value.
    """
    return value


class Marker:
    """A marker."""
    pass
