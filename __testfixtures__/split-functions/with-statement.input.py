def copy(source, target):
    size = 0
    lines = []

    # Read the source.
    with open(source) as handle:
        lines = handle.readlines()
        size = len(lines)

    print(target, size)
    return lines
