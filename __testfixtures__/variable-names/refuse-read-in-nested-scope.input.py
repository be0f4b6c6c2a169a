def outer(items):
    idx = 0

    def inner():
        return index(items)

    return idx, inner
