def search(rows, wanted):
    count = len(rows)
    rows = sorted(rows)

    # Look for the wanted row.
    for row in rows:
        if row == wanted:
            found = row

    print(count)
    return found
