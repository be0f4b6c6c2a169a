def scale(values, factor):
    values = list(values)
    total = sum(values)

    # Normalize the values.
    values, total = _normalize_values(total, values, factor)

    return values, total


def _normalize_values(total, values, factor):
    values = [value / total for value in values]
    values = sorted(values)
    total = total * factor
    return values, total
