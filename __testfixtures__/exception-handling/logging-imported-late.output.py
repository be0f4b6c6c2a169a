import os

BASE = os.path.dirname(__file__)

import logging

LOG = logging.getLogger(__name__)


def remove(path):
    try:
        os.remove(path)
    except OSError:
        LOG.debug("Ignoring OSError from os.remove()", exc_info=True)
