import logging
import os

LOG = logging.getLogger(__name__)


def remove_all(paths):
    for path in paths:
        try:
            os.remove(path)
        except Exception as e:
            LOG.debug("Could not remove path: %s; skipping it", e)
            continue
