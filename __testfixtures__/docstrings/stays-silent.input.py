import unittest
from unittest import mock


class ComputeError(Exception):
    pass


class HostManagerTest(unittest.TestCase):
    def setUp(self):
        super().setUp()
        self.hosts = ["host1", "host2"]

    def tearDown(self):
        self.hosts = None

    @mock.patch("nova.compute.api.API.get")
    @mock.patch.object(HostManager, "update")
    def _check_update(self, hosts, mock_update, mock_get):
        if hosts is None:
            hosts = self.hosts
        self.manager.update(hosts)

    def test_update_raises(self):
        if not self.hosts:
            raise unittest.SkipTest("no hosts")
        self.assertRaises(ComputeError, self.manager.update, [])


class HostManager:
    def __init__(self, hosts, driver=None):
        super().__init__()
        self.hosts = hosts
        self.driver = driver

    def __repr__(self):
        if not self.hosts:
            raise ValueError("a manager without hosts has no representation")
        return "<HostManager %s>" % self.hosts

    @property
    def readable(self):
        return self.driver.readable

    def update(self, hosts):
        raise NotImplementedError

    def host_names(self, hosts):
        return [host.name for host in hosts]

    def service(self, error):
        def fail():
            raise error
        return fail


class FakeDriver:
    def connect(self, host):
        if host is None:
            raise ValueError("a host is required")
        return True


def resize(server, flavor):
    server.resize(flavor)
    return server.status


class MemcachedCache:
    def decr(self, key, delta=1):
        value = self._cache.decr(key, delta)
        if value is None:
            raise ValueError("Key '%s' not found" % key)
        return value

    def characters(self, content):
        if content and not content.isprintable():
            raise UnserializableContentError("control characters are not supported in XML")
        self.write(content)
