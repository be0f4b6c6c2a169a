def documented():
    """Already documented."""
    return 1


def undocumented():
    """Return the undocumented.

    Returns:
        The undocumented.
    """
    return 2
