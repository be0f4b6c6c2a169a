def scan(rows):
    found = None
    for row in rows:
        total = 0

        # Skip rows that are empty.
        if not row:
            continue
        total += len(row)
        found = row
    return found
