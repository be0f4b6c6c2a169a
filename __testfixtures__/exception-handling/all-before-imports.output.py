"""A Future class."""

__all__ = (
    "Future",
)

import concurrent.futures
import logging
import sys

from . import events

LOG = logging.getLogger(__name__)


def cancel(future):
    try:
        future.cancel()
    except Exception as e:
        LOG.debug("Could not cancel future: %s; continuing", e)
