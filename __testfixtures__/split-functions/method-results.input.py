class ResizeTest:
    def test_resize(self):
        flavor = self.make_flavor()
        server = self.boot(flavor)

        # Resize the server to the bigger flavor.
        bigger = self.make_flavor(ram=2048)
        self.api.resize(server, bigger)
        status = self.wait(server)

        self.assertEqual('VERIFY_RESIZE', status)
        self.assertEqual(bigger, server.flavor)
