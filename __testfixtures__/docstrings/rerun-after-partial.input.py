def documented():
    """Already documented."""
    return 1


def undocumented():
    return 2
