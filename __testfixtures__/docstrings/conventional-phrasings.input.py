import unittest


class FlavorManager:
    def __init__(self, api):
        self.api = api

    def get_flavors(self):
        return self.api.list_flavors()

    def is_empty(self):
        return not self.get_flavors()

    def has_flavor(self, name):
        return name in self.get_flavors()

    def __repr__(self):
        return f"FlavorManager({self.api!r})"

    def __eq__(self, other):
        return self.api == other.api

    def __getitem__(self, key):
        return self.get_flavors()[key]

    @property
    def flavor_count(self):
        return len(self.get_flavors())

    @classmethod
    def from_config(cls, config):
        return cls(config.api)

    def close(self):
        self.api.close()


class FlavorManagerTest(unittest.TestCase):
    def setUp(self):
        self.manager = FlavorManager(fake_api())

    def tearDown(self):
        self.manager.close()

    def test_get_flavors_returns_list(self):
        self.assertEqual(self.manager.get_flavors(), [])

    def test_empty(self):
        self.assertTrue(self.manager.is_empty())


class InvalidFlavorError(Exception):
    pass
