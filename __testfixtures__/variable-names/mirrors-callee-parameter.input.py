def _copy_rows(src_rows, dest_table):
    for row in src_rows:
        dest_table.insert(row)


class Loader:
    def _store(self, dest_table, rows):
        dest_table.extend(rows)

    def load(self, database, rows):
        dest_table = database.table("staging")
        self._store(dest_table, rows)
        return dest_table


def migrate(database):
    dest_table = database.table("archive")
    _copy_rows(database.rows(), dest_table)
    return dest_table
