import logging

logger = logging.getLogger("compute")


def stop(server):
    try:
        server.stop()
    except RuntimeError:
        logger.debug("Ignoring RuntimeError from server.stop()", exc_info=True)
