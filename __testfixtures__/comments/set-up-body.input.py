class ResizeTest(test.TestCase):
    def setUp(self):
        super().setUp()

        self.flavor1 = flavor1
        self.flavor2 = flavor2

        self._start_compute('host1')
        self._start_compute('host2')

        flavors = self.api.get_flavors()
        self.addCleanup(self.api.delete_server, 1)

    def tearDown(self):
        self.api.close()
        super().tearDown()
