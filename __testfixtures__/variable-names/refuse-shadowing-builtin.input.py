def collect(rows):
    lst = []
    for row in rows:
        lst.append(row)
    return lst
