def identity(x):
    """Return the identity.

    Args:
        x: The x value.

    Returns:
        The identity.
    """
    return x


class Empty:
    """An empty."""
    pass


def two_statements():
    """Two statements."""
    first(); second()
