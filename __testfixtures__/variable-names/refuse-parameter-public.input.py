__all__ = ["connect", "reconnect"]


def connect(addr):
    return addr


def _connect_later(addr, delay):
    return connect(addr) if delay else None


def reconnect(addr):
    return _connect_later(addr=addr, delay=1)
