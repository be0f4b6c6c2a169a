import os

from .log import logger


def remove(path):
    try:
        os.remove(path)
    except Exception as e:
        logger.debug("Could not remove path: %s; continuing", e)
