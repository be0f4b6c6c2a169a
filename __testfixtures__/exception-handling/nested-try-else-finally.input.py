import logging

LOG = logging.getLogger(__name__)


def migrate(server):
    try:
        try:
            server.migrate()
        except Exception:
            pass
    except Exception:
        pass
    else:
        server.confirm()
    finally:
        server.unlock()
