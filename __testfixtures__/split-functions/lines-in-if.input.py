def process(rows, limit):
    total = 0
    seen = []
    for row in rows:
        if row.valid:
            value = row.value * 2
            total += value
        seen.append(row)
        if total > limit:
            break
    return total, seen
