import logging

LOG = logging.getLogger(__name__)


def size(path):
    try:
        return path.stat().st_size
    except Exception as error:
        LOG.debug("Error in size(): %s; continuing", error)
        size = 0
    return size
