def build(rows):
    MAX_INDEX = len(rows)
    destinationDirectory = rows[0]
    _temporary_buffer = []
    messages = []
    buffer2 = bytearray()
    for row in rows[:MAX_INDEX]:
        _temporary_buffer.append(row)
        messages.append(destinationDirectory)
        buffer2.extend(row)
    return _temporary_buffer, messages, buffer2
