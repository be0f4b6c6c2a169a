def add(a, b):
    # type: (int, int) -> int
    return a + b


def scale(value,  # type: float
          factor,  # type: float
          ):
    # type: (...) -> float
    """Multiply the value by the factor."""
    return value * factor
