def connect(addr, port):
    return (addr, port)


def reconnect(settings):
    return connect(**settings)
