"""Helpers for cleaning up servers."""
from __future__ import annotations

import os
from os import path as os_path


def cleanup(server, directory):
    try:
        server.delete()
    except KeyError:
        pass
    try:
        os.rmdir(directory)
    except Exception:
        pass
    return os_path.exists(directory)
