def pairs(items):
    first = None
    count = 0
    items = list(items)

    # Emit every pair of neighbours.
    for item in items:
        yield first, item
        first = item

    return count
