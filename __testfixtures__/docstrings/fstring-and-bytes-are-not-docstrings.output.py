def formatted(name):
    """Return the formatted.

    Args:
        name: The name.

    Returns:
        The name.
    """
    f"Hello {name}"
    return name


def raw_bytes():
    """Return the raw bytes.

    Returns:
        The raw bytes.
    """
    b"not a docstring"
    return 1
