__all__ = ["exported", "Exported"]


def exported():
    """Return the exported.

    Returns:
        The exported.
    """
    return 1


def not_exported():
    return 2


class Exported:
    """An exported."""

    def method(self):
        """Return the method.

        Returns:
            The method.
        """
        return 1
