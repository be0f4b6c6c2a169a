def walk(items):
    for item in items:
        print(item)
        if item is None:
            continue
        print(item)
