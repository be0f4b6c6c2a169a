class Gauge:
    @property
    def level(self):
        return self._level

    @level.setter
    def level(self, value):
        """Set the level.

        Args:
            value (int): The new level.
        """
        self._level = value
