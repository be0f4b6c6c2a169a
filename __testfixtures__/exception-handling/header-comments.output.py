#!/usr/bin/env python3
# Copyright the authors. Licensed under the Apache License 2.0.

import logging

LOG = logging.getLogger(__name__)


def stop(server):
    try:
        server.stop()
    except RuntimeError:
        LOG.debug("Ignoring RuntimeError from server.stop()", exc_info=True)
