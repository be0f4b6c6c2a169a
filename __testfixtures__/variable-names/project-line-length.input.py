def copy_rows(cursor, table):
    for idx, row in enumerate(cursor.fetchall()):
        table.insert(idx, row)
