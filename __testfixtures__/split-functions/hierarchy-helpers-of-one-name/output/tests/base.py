"""Base class of the functional tests: a compute service with fake networking."""
import unittest
from unittest import mock

from tests import fixtures


class TestCase(unittest.TestCase):
    """Starts the services every functional test needs."""

    def setUp(self):
        super().setUp()
        self.flags = {'use_neutron': True}
        self.addCleanup(self.flags.clear)

        self.__use_fixtures()

        self.api = mock.Mock()
        self.api.get_servers.return_value = []

    def __use_fixtures(self):
        self.useFixture(fixtures.Database())
        self.useFixture(fixtures.RPCFixture('compute'))
        self.useFixture(fixtures.NotificationFixture())
        self.useFixture(fixtures.PolicyFixture())

    def useFixture(self, fixture):
        fixture.setUp()
        self.addCleanup(fixture.cleanUp)
        return fixture
