def report(servers):
    lines = []
    total = 0

    _append_lines(lines)

    for server in servers:
        total += 1
    return lines, total


def _append_lines(lines):
    """Append name, status and host."""
    lines.append('name')
    lines.append('status')
    lines.append('host')
