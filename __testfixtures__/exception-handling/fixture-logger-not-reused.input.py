import logging
import os

log_foo = logging.getLogger("foo")


def remove(path):
    try:
        os.remove(path)
    except Exception:
        pass
