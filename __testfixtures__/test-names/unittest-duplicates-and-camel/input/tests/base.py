import unittest


class ServerTestBase(unittest.TestCase):
    def testResizeToSameHost(self):
        self.assertTrue(resize_server('host1'))
