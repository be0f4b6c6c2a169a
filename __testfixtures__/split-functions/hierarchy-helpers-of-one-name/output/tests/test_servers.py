"""Functional tests of the servers API."""
from tests import base
from tests import fixtures


class ServersTest(base.TestCase):
    """Creates and deletes servers through the API."""

    def setUp(self):
        super().setUp()
        self.flavor = {'name': 'm1.small', 'vcpus': 1}
        self.image = 'cirros'

        self.__use_fixtures()

        self.api.get_flavor.return_value = self.flavor

    def __use_fixtures(self):
        self.useFixture(fixtures.PlacementFixture())
        self.useFixture(fixtures.GlanceFixture())
        self.useFixture(fixtures.CinderFixture())
        self.useFixture(fixtures.NeutronFixture())

    def test_create_server(self):
        self.api.get_servers.return_value = [{'id': 'a'}]
        self.assertEqual([{'id': 'a'}], self.api.get_servers())
