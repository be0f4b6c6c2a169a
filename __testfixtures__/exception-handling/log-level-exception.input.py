import logging

LOG = logging.getLogger(__name__)


def stop(server):
    try:
        server.stop()
    except Exception:
        pass
