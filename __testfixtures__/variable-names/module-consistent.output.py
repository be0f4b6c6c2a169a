def count_rows(table):
    count = 0
    for row in table:
        if row:
            count += 1
    return count


def count_columns(table):
    count = len(table.header)
    return count * 2
