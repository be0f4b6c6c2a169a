def add(a, b):
    # type: (int, int) -> int
    """Add a and b.

    Args:
        a: The a value.
        b: The b value.

    Returns:
        The result.
    """
    return a + b


def scale(value,  # type: float
          factor,  # type: float
          ):
    # type: (...) -> float
    """Multiply the value by the factor.

    Args:
        value: The value.
        factor: The factor.

    Returns:
        The result.
    """
    return value * factor
