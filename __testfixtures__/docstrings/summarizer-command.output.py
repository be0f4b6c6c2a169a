def resize(server, flavor):
    """Summarize the function resize of summarizer-command.py (2 lines, google
    style).

    Signature: def resize(server, flavor).

    Args:
        server: The server.
        flavor: The flavor.

    Returns:
        The result.
    """
    return server.resize(flavor)


class Server:
    """Summarize the class Server of summarizer-command.py (3 lines, google
    style).

    Signature: class Server.
    """

    def reboot(self, hard=False):
        """Summarize the method reboot of summarizer-command.py (2 lines,
        google style).

        Signature: def reboot(self, hard=False).

        Args:
            hard: The hard flag. Defaults to False.
        """
        self.api.reboot(hard)
