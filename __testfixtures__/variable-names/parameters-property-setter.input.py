class Gauge:
    @property
    def level(self):
        return self._level

    @level.setter
    def level(self, val):
        """Set the level.

        Args:
            val (int): The new level.
        """
        self._level = val
