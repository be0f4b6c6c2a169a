import logging

LOG = logging.getLogger(__name__)


def parse(text):
    try:
        return int(text)
    except ValueError:
        LOG.debug("Ignoring ValueError from int()", exc_info=True)
    try:
        return float(text)
    except ValueError:
        "Not a number either."
        LOG.debug("Ignoring ValueError from float()", exc_info=True)
