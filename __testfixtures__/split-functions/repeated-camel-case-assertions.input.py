import unittest

from example.protocol import LineProtocol
from example.test.support import StringTransport


class LineProtocolTests(unittest.TestCase):
    def setUp(self):
        self.transport = StringTransport()
        self.protocol = LineProtocol()
        self.protocol.makeConnection(self.transport)

    def test_lineReceived(self):
        self.protocol.dataReceived(b"hello\r\n")
        self.assertEqual(self.protocol.lines, [b"hello"])

        self.assertEqual(self.transport.value(), b"")
        self.assertFalse(self.transport.disconnecting)
        self.assertFalse(self.transport.disconnected)

    def test_emptyLine(self):
        self.protocol.dataReceived(b"\r\n")
        self.assertEqual(self.protocol.lines, [b""])

        self.assertEqual(self.transport.value(), b"")
        self.assertFalse(self.transport.disconnecting)
        self.assertFalse(self.transport.disconnected)
