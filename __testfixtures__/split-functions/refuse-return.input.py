def check(items):
    seen = set()
    total = 0
    items = list(items)

    # Stop at the first duplicate.
    for item in items:
        if item in seen:
            return item
        seen.add(item)

    return None
