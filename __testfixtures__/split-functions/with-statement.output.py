def copy(source, target):
    size = 0
    lines = []

    # Read the source.
    lines, size = _read_source(source)

    print(target, size)
    return lines


def _read_source(source):
    with open(source) as handle:
        lines = handle.readlines()
        size = len(lines)
    return lines, size
