import unittest


class LegacyTest(unittest.TestCase):
    def testOpen(self):
        self.assertTrue(open_file())

    def testClose(self):
        self.assertTrue(close_file())
