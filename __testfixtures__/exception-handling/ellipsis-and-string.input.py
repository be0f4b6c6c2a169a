import logging

LOG = logging.getLogger(__name__)


def parse(text):
    try:
        return int(text)
    except Exception:
        ...
    try:
        return float(text)
    except Exception:
        "Not a number either."
