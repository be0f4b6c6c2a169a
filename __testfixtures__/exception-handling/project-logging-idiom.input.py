import os

from compute import exceptions


def remove_lock(path):
    try:
        os.remove(path)
    except Exception:
        pass
