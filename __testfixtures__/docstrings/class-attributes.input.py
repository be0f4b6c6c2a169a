class Connection:
    def __init__(self, host: str, port: int):
        self.host = host
        self.port = port
        self.retry_count: int = 0
        self._socket = None
