import unittest

from iface.element import Element


class ElementTests(unittest.TestCase):
    # camelCase after `test_` spells the method under test, not the tests' style.
    def test_getTaggedValue(self):
        self.assertIsNotNone(Element)

    def test_queryTaggedValue(self):
        self.assertIsNotNone(Element)

    def test_isOrExtends_self(self):
        self.assertIsNotNone(Element)

    def test_tags_empty(self):
        self.assertIsNotNone(Element)

    def test_interface_extends_interface(self):
        self.assertIsNotNone(Element)
