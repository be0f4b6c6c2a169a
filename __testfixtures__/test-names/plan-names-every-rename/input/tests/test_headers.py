import unittest


class HeaderTest(unittest.TestCase):
    def test_parse_empty(self):
        self.assertEqual(parse_header(''), {})

    def test_parse_folded(self):
        self.assertEqual(parse_header('a:\n b'), {'a': 'b'})

    def testParseHeader(self):
        self.assertEqual(parse_header('a: b'), {'a': 'b'})

    def testIPv4toString(self):
        self.assertEqual(ipv4_to_string(b'\x7f\x00\x00\x01'), '127.0.0.1')

    def test_basic(self):
        """Unknown headers are kept as they are."""
        self.assertEqual(parse_header('x-y: z'), {'x-y': 'z'})
