def load(path, default):
    handle = None
    data = default

    # Read the file.
    handle, data = _read_file(path, handle, default)

    return data, handle


def _read_file(path, handle, default):
    try:
        handle = open(path)
        data = handle.read()
    except OSError:
        data = default
    return handle, data
