def process(rows):
    total = 0
    for row in rows:
        if row:
            total += row
        else:
            total -= 1
    return total
