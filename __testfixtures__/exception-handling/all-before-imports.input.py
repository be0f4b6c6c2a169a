"""A Future class."""

__all__ = (
    "Future",
)

import concurrent.futures
import sys

from . import events


def cancel(future):
    try:
        future.cancel()
    except Exception:
        pass
