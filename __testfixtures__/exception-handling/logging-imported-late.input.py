import os

BASE = os.path.dirname(__file__)

import logging


def remove(path):
    try:
        os.remove(path)
    except Exception:
        pass
