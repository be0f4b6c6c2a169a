def resize(server, flavor):
    """Summarize the function resize of summarizer-command.py (2 lines, google
    style).

    Signature: def resize(server, flavor).
    """
    return server.resize(flavor)


class Server:
    def reboot(self, hard=False):
        """Summarize the method reboot of summarizer-command.py (2 lines,
        google style).

        Signature: def reboot(self, hard=False).
        """
        self.api.reboot(hard)
