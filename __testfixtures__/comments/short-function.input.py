def resize(self, server):
    server = self._create_server(self.flavor1)
    self._wait_for_state_change(server, 'ACTIVE')
    return server
