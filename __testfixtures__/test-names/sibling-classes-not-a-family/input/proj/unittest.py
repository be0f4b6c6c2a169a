"""The project's own TestCase, base of every test class (as Twisted's trial)."""
import unittest


class TestCase(unittest.TestCase):
    def run_reactor(self):
        return None
