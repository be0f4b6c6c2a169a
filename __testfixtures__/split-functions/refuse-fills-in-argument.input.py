def report(servers):
    lines = []
    total = 0

    # Add the column names.
    lines.append('name')
    lines.append('status')
    lines.append('host')

    for server in servers:
        total += 1
    return lines, total
