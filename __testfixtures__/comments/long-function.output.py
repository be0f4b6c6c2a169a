def resize_and_check(self, server):
    # Create the server and wait for state change.
    server = self._create_server(self.flavor1)
    self._wait_for_state_change(server, 'ACTIVE')

    self.api.post_server_action(server['id'], {'resize': {}})
    server = self._wait_for_state_change(server, 'VERIFY_RESIZE')
    self.assertEqual('VERIFY_RESIZE', server['status'])
    assert server['flavor'] == self.flavor2

    # Stop the compute for each host.
    for host in self.hosts:
        self._stop_compute(host)
    return server
