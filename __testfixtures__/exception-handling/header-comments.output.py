#!/usr/bin/env python3
# Copyright the authors. Licensed under the Apache License 2.0.

import logging

LOG = logging.getLogger(__name__)


def stop(server):
    try:
        server.stop()
    except Exception as e:
        LOG.debug("Could not stop server: %s; continuing", e)
