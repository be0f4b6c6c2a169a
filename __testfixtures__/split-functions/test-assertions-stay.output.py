import unittest


class ServerTest(unittest.TestCase):
    def check_server(self, server):
        status = server.status
        host = server.host

        # Check the server landed on its host.
        self.assertEqual('ACTIVE', status)
        self.assertIsNotNone(host)
        for port in server.ports:
            self.assertEqual(host, port.host)

        self._record_active_ports(server)

        return host

    def _record_active_ports(self, server):
        for port in server.ports:
            if port.active:
                self.seen.add(port.id)
                self.hosts.add(port.host)
        self.recorded = True
