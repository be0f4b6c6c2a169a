def copy_table(source):
    tbl = source.read()
    tbl.extend(source.rows,
               source.extra_rows)
    return tbl


def copy_header(source):
    hdr = source.first_row()
    hdr.extend(
        source.rows, source.extra_rows)
    return hdr
