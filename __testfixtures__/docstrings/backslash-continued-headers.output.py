"""Helpers kept on one line by an old formatter."""


def reject_port(value):
    """Summarize the function reject_port of backslash-continued-headers.py (2
    lines, google style).

    Signature: def reject_port(value).

    Raises:
        TypeError: A port must be a whole number.
    """
    raise TypeError("a port must be a whole number")


def connect_host(host, timeout=None):
    """Summarize the function connect_host of backslash-continued-headers.py (2
    lines, google style).

    Signature: def connect_host(host, timeout=None).

    Args:
        timeout: If None or empty, DEFAULT_TIMEOUT is used.
    """
    timeout = timeout or DEFAULT_TIMEOUT; return open_connection(host, timeout)
