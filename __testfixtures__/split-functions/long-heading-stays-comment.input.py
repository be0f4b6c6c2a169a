class _ResizeDriver:
    def resize(self, server):
        flavor = self.make_flavor()
        self.check(server, flavor)

        # Resize the server on its host with the flavor that the scheduler
        # picked among the flavors of the host aggregate.
        bigger = self.scheduler.pick_flavor(server, ram=2048)
        self.api.resize(server, bigger)
        self.api.confirm(server)
        status = self.wait(server)

        if status != 'ACTIVE':
            raise RuntimeError(status)
        return status
