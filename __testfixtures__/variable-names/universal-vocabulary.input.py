import os
import tempfile


def column_widths(cursor, rows):
    widths = {}
    for idx, col in enumerate(cursor.description):
        attr = col.name
        widths[attr] = max(len(str(row[idx])) for row in rows)
    return widths


def write_config(text, env):
    fd, tmp_path = tempfile.mkstemp()
    with os.fdopen(fd, "w") as buf:
        buf.write(text.format(**env))
    return tmp_path


def compile_filter(compiler, expr, conn):
    sql, params = compiler.compile(expr)
    for pos, param in enumerate(params):
        conn.bind(pos, param)
    return sql
