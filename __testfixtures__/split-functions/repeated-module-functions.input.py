"""Reports over the inventory of a small fleet."""

import logging

log = logging.getLogger(__name__)


def summarize_fleet(servers, region):
    log.info("summarizing %s", region)

    # Count the active servers in the region.
    active = 0
    for server in servers:
        if server.active and server.region == region:
            active += 1

    return {"region": region, "active": active}


def alert_on_fleet(servers, region, threshold):
    log.info("checking %s", region)

    # Count the active servers in the region.
    running = 0
    for machine in servers:
        if machine.active and machine.region == region:
            running += 1

    if running < threshold:
        log.warning("only %d servers up in %s", running, region)
    return running
