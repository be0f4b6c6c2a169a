from tests.base import ServerTestBase


class FailoverTest(ServerTestBase):
    def _reset_counters(self):
        self.requests = -1

    def test_failover(self):
        primary = self.start_primary()
        replica = self.start_replica()
        primary.stop()
        self.assertTrue(replica.is_primary())
