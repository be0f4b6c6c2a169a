import logging

LOG = logging.getLogger(__name__)


def stop(server):
	try:
		server.stop()
	except RuntimeError:
		LOG.debug("Ignoring RuntimeError from server.stop()", exc_info=True)
