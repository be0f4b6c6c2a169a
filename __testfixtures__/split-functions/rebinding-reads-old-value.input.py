def scale(values, factor):
    values = list(values)
    total = sum(values)

    # Normalize the values.
    values = [value / total for value in values]
    values = sorted(values)
    total = total * factor

    return values, total
