import logging

LOG = logging.getLogger(__name__)


async def close(connection):
    try: await connection.close()
    except Exception: pass
