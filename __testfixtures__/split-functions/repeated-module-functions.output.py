"""Reports over the inventory of a small fleet."""

import logging

log = logging.getLogger(__name__)


def summarize_fleet(servers, region):
    log.info("summarizing %s", region)

    active = _count_active_servers(servers, region)

    return {"region": region, "active": active}


def _count_active_servers(servers, region):
    """Count the active servers in the region."""
    active = 0
    for server in servers:
        if server.active and server.region == region:
            active += 1
    return active


def alert_on_fleet(servers, region, threshold):
    log.info("checking %s", region)

    running = _count_active_servers(servers, region)

    if running < threshold:
        log.warning("only %d servers up in %s", running, region)
    return running
