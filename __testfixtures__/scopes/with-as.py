def read(path):  # read: module; path: read
    with open(path) as handle, open(path) as (first, second):  # open: builtin, builtin; path: read, read; handle: read; first: read; second: read
        return handle.read() + first + second  # handle: read; first: read; second: read
