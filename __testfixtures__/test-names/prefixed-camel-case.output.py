from twisted.trial import unittest
from twisted.web import http


class ChunkingTests(unittest.TestCase):
    strings = [b"abcv", b"", b"fdfsd423", b"Ffasfas\r\n", b"523523\n\rfsdf", b"4234"]

    def test_chunks(self):
        for s in self.strings:
            self.assertEqual((s, b""), http.fromChunk(b"".join(http.toChunk(s))))

    def test_chunkedResponses(self):
        self.assertRaises(ValueError, http.fromChunk, b"-5\r\nmalformed!\r\n")

    def test_concatenatedChunks(self):
        chunked = b"".join([b"".join(http.toChunk(t)) for t in self.strings])
        self.assertTrue(chunked)

    def test_GET(self):
        self.assertEqual(http.parseContentRange(b"bytes 0-9/10"), (0, 9, 10))

    def test_parseHeaders_extraSpaces(self):
        self.assertEqual(http.stringToDatetime(b"Sun, 06 Nov 1994 08:49:37 GMT"), 784111777)
