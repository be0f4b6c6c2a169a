class ResizeTest(TestCase):
    def setUp(self):
        super().setUp()

        self.flavor1 = flavor1
        self.flavor2 = flavor2

        self._start_compute("host1")
        self._start_compute("host2")

    def resize_and_check(self, server):
        server = self._create_server(self.flavor1)
        self._wait_for_state_change(server, "ACTIVE")

        params = {"resize": {"flavorRef": self.flavor2}}
        self.api.post_server_action(server["id"], params)

        for host in self.hosts:
            self._stop_compute(host)
        return server
