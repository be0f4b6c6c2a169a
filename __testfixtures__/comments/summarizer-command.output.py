class ResizeTest(test.TestCase):
    def setUp(self):
        # Summarize the paragraph setUp of summarizer-command.py (1 lines,
        # comment style). Signature: def setUp(self):
        super().setUp()

        # Summarize the paragraph setUp of summarizer-command.py (2 lines,
        # comment style). Signature: def setUp(self):
        self.flavor1 = flavor1
        self.flavor2 = flavor2
