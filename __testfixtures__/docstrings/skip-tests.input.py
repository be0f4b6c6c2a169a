import unittest


def make_fixture():
    return {}


class ServerTest(unittest.TestCase):
    def setUp(self):
        self.fixture = make_fixture()

    def test_create(self):
        self.assertTrue(self.fixture is not None)


def test_standalone():
    assert make_fixture() == {}
