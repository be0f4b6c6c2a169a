import logging

LOG = logging.getLogger(__name__)


def run(group):
    try:
        group.run()
    except* Exception:
        pass
