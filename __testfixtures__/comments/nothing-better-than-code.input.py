class ResizeTest(test.TestCase):
    def setUp(self):
        self._start_compute('host1')

        self.flags(use_neutron=True)
        self.useFixture(fixtures.Neutron(self))

        with open(path) as stream:
            data = stream.read()
