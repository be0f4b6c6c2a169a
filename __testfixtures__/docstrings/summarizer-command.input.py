def resize(server, flavor):
    return server.resize(flavor)


class Server:
    def reboot(self, hard=False):
        self.api.reboot(hard)
