class Server:
    """A server."""

    @property
    def status(self):
        """The status."""
        return self._status

    @status.setter
    def status(self, value):
        self._status = value

    @status.deleter
    def status(self):
        del self._status

    @property
    def is_active(self):
        """Whether the server is active."""
        return self._status == "ACTIVE"
