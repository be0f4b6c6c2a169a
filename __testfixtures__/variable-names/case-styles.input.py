def build(rows):
    MAX_IDX = len(rows)
    destDir = rows[0]
    _tmp_buf = []
    msgs = []
    buf2 = bytearray()
    for row in rows[:MAX_IDX]:
        _tmp_buf.append(row)
        msgs.append(destDir)
        buf2.extend(row)
    return _tmp_buf, msgs, buf2
