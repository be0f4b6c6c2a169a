import logging

LOG = logging.getLogger(__name__)


def load(path):
    try:
        return open(path).read()
    except:
        return None
