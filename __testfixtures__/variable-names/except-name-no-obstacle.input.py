def read_header(stream):
    try:
        hdr = stream.readline()
    except OSError as err:
        raise ValueError("unreadable stream") from err
    return hdr.strip()
