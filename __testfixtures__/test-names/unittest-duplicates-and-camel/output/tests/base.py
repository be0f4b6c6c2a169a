import unittest


class ServerTestBase(unittest.TestCase):
    def test_resize_to_same_host(self):
        self.assertTrue(resize_server('host1'))
