def count_rows(table):
    cnt = 0
    for row in table:
        if row:
            cnt += 1
    return cnt


def count_columns(table):
    cnt = len(table.header)
    return cnt * 2
