def copy(paths):
    dst = paths[0]
    dest = paths[1]
    return dst, dest
