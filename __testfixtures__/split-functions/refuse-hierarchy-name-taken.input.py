"""Live migration tests: servers move between two compute hosts."""
import unittest


class MigrationTestBase(unittest.TestCase):
    """Two compute hosts and a server on the first."""

    def setUp(self):
        self.hosts = {'host1': [], 'host2': []}
        self.server = {'id': 'a', 'host': 'host1'}
        self.hosts['host1'].append(self.server)

    def _migrate_server(self, server, host=None):
        target = host or 'host2'
        self.hosts[server['host']].remove(server)
        self.hosts[target].append(server)
        server['host'] = target


class LiveMigrationTest(MigrationTestBase):
    """Moves the server and back, checking each host's servers."""

    def move_server(self):
        server = self.server
        source_hostname = server['host']
        self.hosts.setdefault('host3', [])
        self.hosts.setdefault('host4', [])

        # Migrate the server.
        self.hosts[server['host']].remove(server)
        self.hosts['host2'].append(server)
        server['host'] = 'host2'
        server['migrated_from'] = source_hostname

        self.hosts['host3'].extend(self.hosts['host1'])
        self.hosts['host1'] = []
        return server

    def test_migrate(self):
        server = self.move_server()
        self.assertEqual([server], self.hosts['host2'])
