import logging

LOG = logging.getLogger(__name__)


def parse(text):
    try:
        return int(text)
    except Exception as e:
        LOG.debug("Error in parse(): %s; continuing", e)
    try:
        return float(text)
    except Exception as e:
        "Not a number either."
        LOG.debug("Error in parse(): %s; continuing", e)
