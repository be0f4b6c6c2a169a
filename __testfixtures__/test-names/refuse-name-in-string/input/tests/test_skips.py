import unittest

SKIPPED = ['testSlowPath']


class SkipTest(unittest.TestCase):
    def testSlowPath(self):
        self.assertTrue(run_slow())

    def test_fast_path(self):
        self.assertTrue(run_fast())
