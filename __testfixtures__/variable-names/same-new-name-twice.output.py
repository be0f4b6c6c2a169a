def copy(paths):
    destination = paths[0]
    dest = paths[1]
    return destination, dest
