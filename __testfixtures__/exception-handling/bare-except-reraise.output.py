def write(path, data):
    handle = open(path, "w")
    try:
        handle.write(data)
    except BaseException:
        handle.close()
        raise
