"""
Tests for L{twisted.words.protocols.irc}.
"""

from twisted.trial import unittest


class IRCTests(unittest.TestCase):
    "Words tests"

    def test_names(self):
        """
        A user's nick is kept as given.
        """
        self.assertEqual(nick("alice"), "alice")

    def test_empty(self):
        'An empty nick is refused.'
        self.assertRaises(ValueError, nick, "")
