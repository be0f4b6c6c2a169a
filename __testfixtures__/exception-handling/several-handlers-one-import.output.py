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
        pass
    try:
        os.rmdir(directory)
    except Exception as e:
        LOG.debug("Could not rmdir directory: %s; continuing", e)
    return os_path.exists(directory)
