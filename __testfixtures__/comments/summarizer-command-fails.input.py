class ResizeTest(test.TestCase):
    def setUp(self):
        super().setUp()

        self.flavor1 = flavor1
        self.flavor2 = flavor2
