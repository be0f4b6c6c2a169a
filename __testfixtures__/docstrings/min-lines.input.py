def short():
    return 1


def longer(values):
    total = 0
    for value in values:
        total += value
    return total
