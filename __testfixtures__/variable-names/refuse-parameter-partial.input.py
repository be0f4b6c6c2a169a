import functools


def connect(addr, timeout):
    return (addr, timeout)


connect_quickly = functools.partial(connect, timeout=1)
connect_quickly(addr="localhost")
