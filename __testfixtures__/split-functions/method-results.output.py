class ResizeTest:
    def test_resize(self):
        flavor = self.make_flavor()
        server = self.boot(flavor)

        bigger, status = self._resize_server_to_bigger(server)

        self.assertEqual('VERIFY_RESIZE', status)
        self.assertEqual(bigger, server.flavor)

    def _resize_server_to_bigger(self, server):
        """Resize the server to the bigger flavor."""
        bigger = self.make_flavor(ram=2048)
        self.api.resize(server, bigger)
        status = self.wait(server)
        return bigger, status
