"""Helpers for cleaning up servers."""
from __future__ import annotations

import logging
import os
from os import path as os_path

LOG = logging.getLogger(__name__)


def cleanup(server, directory):
    try:
        server.delete()
    except KeyError:
        LOG.debug("Ignoring KeyError from server.delete()", exc_info=True)
    try:
        os.rmdir(directory)
    except (OSError, ValueError):
        LOG.debug("Ignoring an exception from os.rmdir()", exc_info=True)
    return os_path.exists(directory)
