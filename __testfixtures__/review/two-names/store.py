def fetch_all_rows_from_database(connection, table):
    return connection.execute('SELECT * FROM %s' % table).fetchall()


def rows(connection):
    return fetch_all_rows_from_database(connection, 'rows')
