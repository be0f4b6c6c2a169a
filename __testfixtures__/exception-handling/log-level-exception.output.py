import logging

LOG = logging.getLogger(__name__)


def stop(server):
    try:
        server.stop()
    except RuntimeError:
        LOG.exception("Ignoring RuntimeError from server.stop()")
