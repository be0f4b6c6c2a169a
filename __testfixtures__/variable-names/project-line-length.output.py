def copy_rows(cursor, table):
    for index, row in enumerate(cursor.fetchall()):
        table.insert(index, row)
