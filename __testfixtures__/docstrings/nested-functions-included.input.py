def outer(values):
    """Apply the helper to every value."""

    def helper(value):
        return value * 2

    class Local:
        def method(self):
            return 1

    return [helper(value) for value in values]
