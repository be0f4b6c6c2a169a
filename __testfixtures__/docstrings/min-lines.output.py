def short():
    return 1


def longer(values):
    """Return the longer.

    Args:
        values: The values.

    Returns:
        The total.
    """
    total = 0
    for value in values:
        total += value
    return total
