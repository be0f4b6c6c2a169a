import logging

LOG = logging.getLogger(__name__)


def migrate(server):
    try:
        try:
            server.migrate()
        except Exception as e:
            LOG.debug("Could not migrate server: %s; continuing", e)
    except Exception as e:
        LOG.debug("Error in migrate(): %s; continuing", e)
    else:
        server.confirm()
    finally:
        server.unlock()
