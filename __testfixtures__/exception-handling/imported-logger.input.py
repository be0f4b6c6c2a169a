import os

from .log import logger


def remove(path):
    try:
        os.remove(path)
    except Exception:
        pass
