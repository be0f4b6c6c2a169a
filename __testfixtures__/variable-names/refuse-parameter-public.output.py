__all__ = ["connect"]


def connect(addr):
    return addr


def _connect_later(address):
    return connect(addr=address)


def reconnect(address):
    return _connect_later(address=address)
