def read_header(stream):
    try:
        header = stream.readline()
    except OSError as err:
        raise ValueError("unreadable stream") from err
    return header.strip()
