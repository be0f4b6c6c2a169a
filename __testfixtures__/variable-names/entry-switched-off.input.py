def compress(data):
    tmp = bytearray(data)
    dest = bytes(tmp)
    return dest
