from proj.unittest import TestCase


class HeadingTests(TestCase):
    def test_heading_has_value_in_decimal_degrees(self):
        """A heading has a value in decimal degrees."""
        self.assertEqual(heading(1.0).in_decimal_degrees, 1.0)


class ChildHeadingTests(HeadingTests):
    def test_more(self):
        self.test_heading_has_value_in_decimal_degrees()
