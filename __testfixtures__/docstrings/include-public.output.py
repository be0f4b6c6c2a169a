def public_function():
    """Return the public function.

    Returns:
        The public function.
    """
    return _helper()


def _helper():
    return 1


class _Private:
    def method(self):
        return 1


class Public:
    """A public."""

    def _hidden(self):
        return 1

    def __eq__(self, other):
        """Return self == other."""
        return self is other
