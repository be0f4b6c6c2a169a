import unittest

from shop.cart import Cart
from shop.checkout import Checkout


class CheckoutTests(unittest.TestCase):
    def test_pay_by_card(self):
        cart = Cart()
        cart.add("apple", 2)
        checkout = Checkout(cart)
        checkout.start()

        checkout.pay("card")
        self.assertTrue(checkout.paid)

    def test_pay_by_transfer(self):
        cart = Cart()
        cart.add("apple", 2)
        checkout = Checkout(cart)
        checkout.start()

        checkout.pay("transfer")
        self.assertFalse(checkout.paid)
