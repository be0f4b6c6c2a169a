import logging
import os
import stat

LOG = logging.getLogger(__name__)


def remove_socket(path):
    try:
        if stat.S_ISSOCK(os.stat(path).st_mode):
            os.remove(path)
    except Exception as e:
        LOG.debug("Error in remove_socket(): %s; continuing", e)


def remove(path):
    try:
        os.remove(path)
    except Exception as e:
        LOG.debug("Could not remove path: %s; continuing", e)
