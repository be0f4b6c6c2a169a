import logging

LOG = logging.getLogger(__name__)


async def close(connection):
    try: await connection.close()
    except Exception as e:
        LOG.debug("Could not close connection: %s; continuing", e)
