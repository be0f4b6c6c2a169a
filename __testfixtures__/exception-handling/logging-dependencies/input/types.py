import sys


def _cell_factory():
    try:
        return sys._getframe(1)
    except Exception:
        pass
