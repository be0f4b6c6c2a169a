class Outer:
    """An outer."""

    class Inner:
        """An inner."""

        def get_value(self):
            """Return the value.

            Returns:
                The value.
            """
            return self.value

    class Meta:
        """A meta."""
        ordering = ["name"]
