"""
Utilities for reading the configuration of a service.
"""

from twisted.logger import Logger

_log = Logger()


def read_setting(settings, name):
    try:
        return settings[name]
    except BaseException:
        pass
    return None


def close_quietly(handle):
    try:
        handle.close()
    except Exception:
        pass
