from proj.unittest import TestCase


class SocksTests(TestCase):
    def test_simple(self):
        self.assertTrue(connect())
