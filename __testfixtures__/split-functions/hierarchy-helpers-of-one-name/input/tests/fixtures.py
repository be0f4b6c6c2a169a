"""Fixtures of the functional tests: each stands in for one service."""


class Fixture:
    def setUp(self):
        self.running = True

    def cleanUp(self):
        self.running = False


class Database(Fixture):
    pass


class RPCFixture(Fixture):
    def __init__(self, topic):
        self.topic = topic


class NotificationFixture(Fixture):
    pass


class PlacementFixture(Fixture):
    pass


class GlanceFixture(Fixture):
    pass


class CinderFixture(Fixture):
    pass


class PolicyFixture(Fixture):
    pass


class NeutronFixture(Fixture):
    pass
