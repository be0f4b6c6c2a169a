class MigrationTest:
    def test_live_migrate(self):
        server = self.boot()
        self.flags(enabled=True)

        self._start_computes()

        self.migrate(server)
        self.assertEqual('ACTIVE', server.status)

    def _start_computes(self):
        self._start_compute('host1')
        self._start_compute('host2')
        self.flags(enabled=False)
