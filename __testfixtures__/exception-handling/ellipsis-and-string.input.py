import logging

LOG = logging.getLogger(__name__)


def parse(text):
    try:
        return int(text)
    except ValueError:
        ...
    try:
        return float(text)
    except ValueError:
        "Not a number either."
