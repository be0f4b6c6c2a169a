import logging

LOG = logging.getLogger(__name__)


def migrate(server):
    try:
        try:
            server.migrate()
        except TimeoutError:
            pass
    except LookupError:
        pass
    else:
        server.confirm()
    finally:
        server.unlock()
