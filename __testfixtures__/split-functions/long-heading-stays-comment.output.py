class _ResizeDriver:
    def resize(self, server):
        flavor = self.make_flavor()
        self.check(server, flavor)

        status = self._resize_server(server)

        if status != 'ACTIVE':
            raise RuntimeError(status)
        return status

    def _resize_server(self, server):
        # Resize the server on its host with the flavor that the scheduler
        # picked among the flavors of the host aggregate.
        bigger = self.scheduler.pick_flavor(server, ram=2048)
        self.api.resize(server, bigger)
        self.api.confirm(server)
        return self.wait(server)
