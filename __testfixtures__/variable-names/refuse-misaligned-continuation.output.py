def copy_table(source):
    tbl = source.read()
    tbl.extend(source.rows,
               source.extra_rows)
    return tbl


def copy_header(source):
    header = source.first_row()
    header.extend(
        source.rows, source.extra_rows)
    return header
