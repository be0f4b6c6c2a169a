"""Settings, with local overrides."""
try:
    CONFIG.update(read_overrides())
except OSError:
    pass

import logging

LOG = logging.getLogger(__name__)


def reload():
    try:
        CONFIG.update(read_overrides())
    except OSError:
        LOG.debug("Ignoring OSError from CONFIG.update()", exc_info=True)
