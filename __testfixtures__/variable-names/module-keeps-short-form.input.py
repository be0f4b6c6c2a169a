def count_rows(table):
    cnt = 0
    for row in table:
        if row:
            cnt += 1
    return cnt


def report(stats):
    return stats.format(cnt=stats.cnt)
