import os

BASE = os.path.dirname(__file__)

import logging

LOG = logging.getLogger(__name__)


def remove(path):
    try:
        os.remove(path)
    except Exception as e:
        LOG.debug("Could not remove path: %s; continuing", e)
