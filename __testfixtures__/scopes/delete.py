def drop(items):  # drop: module; items: drop
    first = items[0]  # first: drop; items: drop
    del first, items[0]  # first: drop; items: drop
