import logging

LOG = logging.getLogger(__name__)


def start(server):
    try:
        server.start()
    except Exception:
        LOG.warning("Could not start %s", server.name, exc_info=True)
        raise


def stop(server):
    try:
        server.stop()
    except Exception:
        LOG.debug("Could not stop server; continuing", exc_info=True)
