def render(items):
    lines = []
    width = 10

    for item in items:
        lines.append(str(item).ljust(width))
    header = lines[0]

    return header, lines
