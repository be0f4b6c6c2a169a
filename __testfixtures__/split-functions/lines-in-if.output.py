def process(rows, limit):
    total = 0
    seen = []
    for row in rows:
        total = _take_row(row, total)
        seen.append(row)
        if total > limit:
            break
    return total, seen


def _take_row(row, total):
    if row.valid:
        value = row.value * 2
        total += value
    return total
