"""Helpers kept on one line by an old formatter."""


def reject_port(value):\
    raise TypeError("a port must be a whole number")


def connect_host(host, timeout=None):\
    timeout = timeout or DEFAULT_TIMEOUT; return open_connection(host, timeout)
