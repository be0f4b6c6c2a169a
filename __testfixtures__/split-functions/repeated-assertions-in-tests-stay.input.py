import unittest

from shop.cart import Cart


class CartTests(unittest.TestCase):
    def test_add_one_item(self):
        cart = Cart()
        cart.add("apple", 2)
        self.assertEqual(cart.total_items, 2)
        self.assertEqual(cart.lines, [("apple", 2)])

        self.assertFalse(cart.closed)
        self.assertIsNone(cart.order_id)
        self.assertEqual(cart.errors, [])

    def test_add_twice(self):
        cart = Cart()
        cart.add("pear", 1)
        cart.add("pear", 3)
        self.assertEqual(cart.total_items, 4)

        self.assertFalse(cart.closed)
        self.assertIsNone(cart.order_id)
        self.assertEqual(cart.errors, [])
