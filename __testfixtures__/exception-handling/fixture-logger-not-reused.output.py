import logging
import os

LOG = logging.getLogger(__name__)

log_foo = logging.getLogger("foo")


def remove(path):
    try:
        os.remove(path)
    except Exception as e:
        LOG.debug("Could not remove path: %s; continuing", e)
