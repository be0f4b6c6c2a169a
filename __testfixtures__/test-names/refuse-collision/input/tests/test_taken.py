import unittest


class TakenTest(unittest.TestCase):
    def testOpen(self):
        self.assertTrue(open_file())

    def test_open(self):
        self.assertTrue(open_file(1))

    def test_close(self):
        self.assertTrue(close_file())
