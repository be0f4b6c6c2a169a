class ResizeTest(test.TestCase):
    def setUp(self):
        super().setUp()
