import unittest

from service.server import Server


class ServerTestBase(unittest.TestCase):
    def start_primary(self):
        server = Server(role="primary")

        # Reset the counters.
        self.requests = 0
        self.failures = 0
        self.retries = 0

        return server

    def start_replica(self):
        server = Server(role="replica")

        # Reset the counters.
        self.requests = 0
        self.failures = 0
        self.retries = 0

        return server
