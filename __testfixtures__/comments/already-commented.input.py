class ResizeTest(test.TestCase):
    def setUp(self):
        # Start from a clean base.
        super().setUp()

        self.flavor1 = flavor1  # the small flavor
        self.flavor2 = flavor2

        # Two hosts to move between.
        self._start_compute('host1')
        self._start_compute('host2')
