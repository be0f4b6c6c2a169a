#!/usr/bin/env python3
# Copyright the authors. Licensed under the Apache License 2.0.


def stop(server):
    try:
        server.stop()
    except Exception:
        pass
