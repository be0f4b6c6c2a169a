class ConnectionPool:
    """A connection pool.

    Parameters
    ----------
    size : int
        The size.
    host : str, default "localhost"
        The host.
    """

    def __init__(self, size: int, host: str = "localhost"):
        self.size = size
        self.host = host

    def acquire(self, timeout: float = 1.0) -> "Connection":
        """Acquire the connection pool.

        Parameters
        ----------
        timeout : float, default 1.0
            The timeout.

        Returns
        -------
        "Connection"
            The connection.

        Raises
        ------
        ValueError
            Timeout must not be negative.
        """
        if timeout < 0:
            raise ValueError("timeout must not be negative")
        return self._take(timeout)


def iter_lines(path) -> Iterator[str]:
    """Iterate over the lines.

    Parameters
    ----------
    path
        The path.

    Yields
    ------
    str
        The lines.
    """
    with open(path) as stream:
        yield from stream
