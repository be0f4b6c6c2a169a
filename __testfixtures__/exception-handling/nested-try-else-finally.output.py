import logging

LOG = logging.getLogger(__name__)


def migrate(server):
    try:
        try:
            server.migrate()
        except TimeoutError:
            pass
    except LookupError:
        LOG.debug("Ignoring LookupError", exc_info=True)
    else:
        server.confirm()
    finally:
        server.unlock()
