import os

from compute import exceptions
from oslo_log import log as logging

LOG = logging.getLogger(__name__)


def remove_lock(path):
    try:
        os.remove(path)
    except Exception as e:
        LOG.debug("Could not remove path: %s; continuing", e)
