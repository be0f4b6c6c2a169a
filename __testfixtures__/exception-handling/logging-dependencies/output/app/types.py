import logging
import sys

LOG = logging.getLogger(__name__)


def _cell_factory():
    try:
        return sys._getframe(1)
    except ValueError:
        LOG.debug("Ignoring ValueError from sys._getframe()", exc_info=True)
