import logging

LOG = logging.getLogger(__name__)


def run(group):
    try:
        group.run()
    except* Exception as e:
        LOG.debug("Could not run group: %s; continuing", e)
