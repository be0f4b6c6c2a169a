def load(path, default):
    handle = None
    data = default

    handle, data = _read_file(path, handle, default)

    return data, handle


def _read_file(path, handle, default):
    """Read the file."""
    try:
        handle = open(path)
        data = handle.read()
    except OSError:
        data = default
    return handle, data
