import logging

LOG = logging.getLogger(__name__)


def stop(server):
    try:
        server.stop()
    except Exception:
        LOG.debug("Ignoring an exception from server.stop()", exc_info=True)
