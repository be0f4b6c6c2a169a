"""Settings, with local overrides."""
try:
    CONFIG.update(read_overrides())
except Exception:
    pass

import logging

LOG = logging.getLogger(__name__)


def reload():
    try:
        CONFIG.update(read_overrides())
    except Exception:
        pass
