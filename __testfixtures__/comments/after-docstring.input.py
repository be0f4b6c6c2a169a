class ResizeTest(test.TestCase):
    def setUp(self):
        """Prepare two hosts."""
        super().setUp()
        self._start_compute('host1')
        self._start_compute('host2')
