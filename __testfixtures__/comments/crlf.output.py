class ResizeTest(test.TestCase):
    def setUp(self):
        # Run the base class set-up.
        super().setUp()

        # Keep flavor1 and flavor2 for later use.
        self.flavor1 = flavor1
        self.flavor2 = flavor2
