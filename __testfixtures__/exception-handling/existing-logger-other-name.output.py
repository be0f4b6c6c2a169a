import logging

logger = logging.getLogger("compute")


def stop(server):
    try:
        server.stop()
    except Exception as e:
        logger.debug("Could not stop server: %s; continuing", e)
