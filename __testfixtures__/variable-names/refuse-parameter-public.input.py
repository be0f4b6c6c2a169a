__all__ = ["connect"]


def connect(addr):
    return addr


def _connect_later(addr):
    return connect(addr=addr)


def reconnect(addr):
    return _connect_later(addr=addr)
