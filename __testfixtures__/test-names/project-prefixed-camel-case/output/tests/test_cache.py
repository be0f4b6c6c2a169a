from twisted.trial import unittest
from twisted.names import cache


class CacheTests(unittest.TestCase):
    def test_lookup(self):
        self.assertTrue(cache.CacheResolver())

    def test_expiredEntries(self):
        resolver = cache.CacheResolver(cache={})
        self.assertEqual(resolver.cache, {})
