import logging

LOG = logging.getLogger(__name__)


def run(group):
    try:
        group.run()
    except* ValueError:
        LOG.debug("Ignoring ValueError from group.run()", exc_info=True)
