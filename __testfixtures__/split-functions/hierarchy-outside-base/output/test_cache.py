"""Tests of the cache against a real memcached, through testtools."""
import testtools

import cache


class CacheTest(testtools.TestCase):
    """Stores and expires keys."""

    def make_client(self, ttl):
        client = cache.Client('127.0.0.1:11211')
        client.flush()
        client.set('a', 1, ttl=1)
        client.set('b', 2, ttl=ttl)

        _expire_short_lived_keys(client)

        return client

    def test_expire(self):
        client = self.make_client(ttl=10)
        self.assertIsNone(client.get('a'))
        self.assertEqual(2, client.get('b'))


def _expire_short_lived_keys(client):
    cache.clock.advance(2)
    client.expire()
    client.compact()
    client.flush_log()
