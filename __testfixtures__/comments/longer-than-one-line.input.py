class Cluster:
    def __init__(self, api):
        self.api.post_server_action(server, {'resize': {}})
        server = self._wait_for_state_change(server, 'VERIFY_RESIZE')
        self.assertEqual('VERIFY_RESIZE', server['status'])
