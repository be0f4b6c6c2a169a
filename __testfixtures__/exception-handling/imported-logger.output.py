import os

from .log import logger


def remove(path):
    try:
        os.remove(path)
    except OSError:
        logger.debug("Ignoring OSError from os.remove()", exc_info=True)
