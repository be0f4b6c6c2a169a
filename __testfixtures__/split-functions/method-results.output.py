class _ResizeDriver:
    def resize(self, server):
        flavor = self.make_flavor()
        self.check(server, flavor)

        status = self._resize_server_on_host(server)

        if status != 'ACTIVE':
            raise RuntimeError(status)
        return status

    def _resize_server_on_host(self, server):
        """Resize the server on its host."""
        bigger = self.make_flavor(ram=2048)
        self.api.resize(server, bigger)
        self.api.confirm(server)
        return self.wait(server)
