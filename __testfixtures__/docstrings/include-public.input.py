def public_function():
    return _helper()


def _helper():
    return 1


class _Private:
    def method(self):
        return 1


class Public:
    def _hidden(self):
        return 1

    def __eq__(self, other):
        return self is other
