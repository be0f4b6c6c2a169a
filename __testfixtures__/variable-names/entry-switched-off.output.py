def compress(data):
    tmp = bytearray(data)
    destination = bytes(tmp)
    return destination
