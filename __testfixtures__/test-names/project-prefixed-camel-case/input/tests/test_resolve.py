from twisted.trial import unittest
from twisted.names import dns


class LookupTests(unittest.TestCase):
    def test_lookupAddress(self):
        self.assertTrue(dns.Query(b"example.com", dns.A))

    def test_lookupMailExchange(self):
        self.assertTrue(dns.Query(b"example.com", dns.MX))

    def test_nameTooLong(self):
        self.assertRaises(ValueError, dns.Name, b"a" * 256)
