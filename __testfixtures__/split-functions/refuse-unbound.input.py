def summary(rows):
    count = len(rows)
    if rows:
        last = rows[-1]

    # Report the last row.
    print(last)
    print(count)

    return count
