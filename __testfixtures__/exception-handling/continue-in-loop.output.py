import logging
import os

LOG = logging.getLogger(__name__)


def remove_all(paths):
    for path in paths:
        try:
            os.remove(path)
        except OSError:
            LOG.debug("Ignoring OSError from os.remove()", exc_info=True)
            continue
