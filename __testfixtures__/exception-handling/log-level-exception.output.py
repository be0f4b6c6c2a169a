import logging

LOG = logging.getLogger(__name__)


def stop(server):
    try:
        server.stop()
    except Exception:
        LOG.exception("Could not stop server; continuing")
