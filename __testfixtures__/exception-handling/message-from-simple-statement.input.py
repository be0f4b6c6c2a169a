import logging
import os
import stat

LOG = logging.getLogger(__name__)


def remove_socket(path):
    try:
        if stat.S_ISSOCK(os.stat(path).st_mode):
            os.remove(path)
    except Exception:
        pass


def remove(path):
    try:
        os.remove(path)
    except Exception:
        pass
