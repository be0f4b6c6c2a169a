__all__ = ["connect", "reconnect"]


def connect(addr):
    return addr


def _connect_later(address, delay):
    return connect(address) if delay else None


def reconnect(addr):
    return _connect_later(address=addr, delay=1)
