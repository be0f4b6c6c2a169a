"""Helpers kept on one line by an old formatter."""


def reject_port(value):
    """Reject the port.

    Raises:
        TypeError: A port must be a whole number.
    """
    raise TypeError("a port must be a whole number")


def connect_host(host, timeout=None):
    """Connect to the host.

    Args:
        timeout: If None or empty, DEFAULT_TIMEOUT is used.
    """
    timeout = timeout or DEFAULT_TIMEOUT; return open_connection(host, timeout)
