class ConnectionPool:
    def __init__(self, size: int, host: str = "localhost", timeout=None):
        if timeout is None:
            timeout = DEFAULT_TIMEOUT
        self.size = size
        self.host = host
        self.timeout = timeout

    def acquire_connection(self, timeout: float = 1.0) -> "Connection":
        """Acquire the connection.

        Raises
        ------
        ValueError
            Timeout must not be negative.
        """
        if timeout < 0:
            raise ValueError("timeout must not be negative")
        return self._take(timeout)


def iter_lines(path) -> Iterator[str]:
    with open(path) as stream:
        yield from stream
