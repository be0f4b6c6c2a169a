class Connection:
    """A connection.

    Attributes:
        host (str): The host.
        port (int): The port.
        retry_count (int): The retry count.
    """

    def __init__(self, host: str, port: int):
        """Initialize the connection.

        Args:
            host (str): The host.
            port (int): The port.
        """
        self.host = host
        self.port = port
        self.retry_count: int = 0
        self._socket = None
