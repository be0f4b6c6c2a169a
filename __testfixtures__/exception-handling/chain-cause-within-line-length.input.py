class ResizeError(Exception):
    pass


def resize(server, flavor):
    try:
        server.resize(flavor)
    except KeyError as e:
        raise ResizeError("flavor %s has no such key for %s" % (flavor, server.name))

