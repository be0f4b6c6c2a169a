def outer(values):
    """Apply the helper to every value."""

    def helper(value):
        """Return the helper.

        Args:
            value: The value.

        Returns:
            The helper.
        """
        return value * 2

    class Local:
        """A local."""

        def method(self):
            """Return the method.

            Returns:
                The method.
            """
            return 1

    return [helper(value) for value in values]
