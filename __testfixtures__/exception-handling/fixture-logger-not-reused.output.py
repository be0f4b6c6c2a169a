import logging
import os

LOG = logging.getLogger(__name__)

log_foo = logging.getLogger("foo")


def remove(path):
    try:
        os.remove(path)
    except OSError:
        LOG.debug("Ignoring OSError from os.remove()", exc_info=True)
