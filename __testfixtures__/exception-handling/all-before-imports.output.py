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
    except RuntimeError:
        LOG.debug("Ignoring RuntimeError from future.cancel()", exc_info=True)
