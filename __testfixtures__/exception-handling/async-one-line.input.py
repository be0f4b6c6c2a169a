import logging

LOG = logging.getLogger(__name__)


async def close(sock):
    try: await sock.close()
    except ConnectionError: pass
