class ResizeTest(test.TestCase):
    def setUp(self):
        """Prepare two hosts."""
        # Run the base class set-up and start compute host1 and host2.
        super().setUp()
        self._start_compute('host1')
        self._start_compute('host2')
