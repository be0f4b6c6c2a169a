class MigrationTest:
    def test_live_migrate(self):
        server = self.boot()
        self.flags(enabled=True)

        self._start_compute('host1')
        self._start_compute('host2')
        self.flags(enabled=False)

        self.migrate(server)
        self.assertEqual('ACTIVE', server.status)
