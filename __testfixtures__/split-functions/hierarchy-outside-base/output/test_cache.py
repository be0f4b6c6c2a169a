"""Tests of the cache against a real memcached, through testtools."""
import testtools

import cache


class CacheTest(testtools.TestCase):
    """Stores and expires keys."""

    def test_expire(self):
        client = cache.Client('127.0.0.1:11211')
        client.flush()
        client.set('a', 1, ttl=1)
        client.set('b', 2, ttl=10)

        self.__expire_short_lived_keys(client)

        self.__check_get(client)

    def __expire_short_lived_keys(self, client):
        """Expire the short-lived keys."""
        cache.clock.advance(2)
        client.expire()
        client.compact()

    def __check_get(self, client):
        self.assertIsNone(client.get('a'))
        self.assertEqual(2, client.get('b'))
