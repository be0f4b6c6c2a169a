import logging
import os

LOG = logging.getLogger(__name__)


def remove_lock(path):
    try:
        os.remove(path)
    except OSError:
        pass
