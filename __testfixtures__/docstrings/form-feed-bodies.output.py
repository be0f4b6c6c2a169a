"""Sections of a module split by form feeds, as Emacs users write them."""


def scale(value, factor):
    """Scale the value.

    Args:
        value: The value.
        factor: The factor.

    Returns:
        The result.
    """
    return value * factor
