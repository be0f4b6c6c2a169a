import unittest


class FlavorManager:
    """A flavor manager."""

    def __init__(self, api):
        """Initialize the flavor manager.

        Args:
            api: The API.
        """
        self.api = api

    def get_flavors(self):
        """Return the flavors.

        Returns:
            The flavors.
        """
        return self.api.list_flavors()

    def is_empty(self):
        """Return whether the flavor manager is empty.

        Returns:
            Whether the flavor manager is empty.
        """
        return not self.get_flavors()

    def has_flavor(self, name):
        """Return whether the flavor manager has flavor.

        Args:
            name: The name.

        Returns:
            Whether the flavor manager has flavor.
        """
        return name in self.get_flavors()

    def __repr__(self):
        """Return repr(self)."""
        return f"FlavorManager({self.api!r})"

    def __eq__(self, other):
        """Return self == other."""
        return self.api == other.api

    def __getitem__(self, key):
        """Return self[key]."""
        return self.get_flavors()[key]

    @property
    def flavor_count(self):
        """The flavor count."""
        return len(self.get_flavors())

    @classmethod
    def from_config(cls, config):
        """Create a flavor manager from a config.

        Args:
            config: The config.

        Returns:
            The new flavor manager.
        """
        return cls(config.api)

    def close(self):
        """Close the flavor manager."""
        self.api.close()


class FlavorManagerTest(unittest.TestCase):
    """Tests for flavor manager."""

    def setUp(self):
        """Set up the test fixture."""
        self.manager = FlavorManager(fake_api())

    def tearDown(self):
        """Tear down the test fixture."""
        self.manager.close()

    def test_get_flavors_returns_list(self):
        """Test that get flavors returns list."""
        self.assertEqual(self.manager.get_flavors(), [])

    def test_empty(self):
        """Test empty."""
        self.assertTrue(self.manager.is_empty())


class InvalidFlavorError(Exception):
    """Invalid flavor error."""
    pass
