import logging
import sys

LOG = logging.getLogger(__name__)


def _cell_factory():
    try:
        return sys._getframe(1)
    except Exception as e:
        LOG.debug("Could not getframe: %s; continuing", e)
