__all__ = ["exported", "Exported"]


def exported():
    return 1


def not_exported():
    return 2


class Exported:
    def method(self):
        return 1
