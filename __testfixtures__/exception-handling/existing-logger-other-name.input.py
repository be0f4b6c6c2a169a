import logging

logger = logging.getLogger("compute")


def stop(server):
    try:
        server.stop()
    except Exception:
        pass
