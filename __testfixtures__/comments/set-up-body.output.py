class ResizeTest(test.TestCase):
    def setUp(self):
        # Run the base class set-up.
        super().setUp()

        # Keep flavor1 and flavor2 for later use.
        self.flavor1 = flavor1
        self.flavor2 = flavor2

        # Start compute host1 and host2.
        self._start_compute('host1')
        self._start_compute('host2')

        # Get the flavors from the API and delete the server on clean-up.
        flavors = self.api.get_flavors()
        self.addCleanup(self.api.delete_server, 1)

    def tearDown(self):
        # Close the API and run the base class tear-down.
        self.api.close()
        super().tearDown()
