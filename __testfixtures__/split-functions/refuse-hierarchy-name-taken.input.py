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

    def test_migrate_and_back(self):
        server = self.server
        source_hostname = server['host']
        self.assertEqual([server], self.hosts['host1'])
        self.assertEqual([], self.hosts['host2'])

        # Migrate the server.
        self.hosts[server['host']].remove(server)
        self.hosts['host2'].append(server)
        server['host'] = 'host2'
        server['migrated_from'] = source_hostname

        self.assertEqual([server], self.hosts['host2'])
        self.assertEqual('host1', server['migrated_from'])
