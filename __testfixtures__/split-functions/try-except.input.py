def load(path, default):
    handle = None
    data = default

    # Read the file.
    try:
        handle = open(path)
        data = handle.read()
    except OSError:
        data = default

    return data, handle
