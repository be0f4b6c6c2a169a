def deploy(hosts, package):
    reachable = [host for host in hosts if host.ping()]
    log.info('deploying %s to %d hosts', package, len(reachable))

    _copy_package(reachable, package)

    _restart_services(reachable)

    return len(reachable)


def _copy_package(reachable, package):
    for host in reachable:
        host.copy(package)
        host.verify(package)


def _restart_services(reachable):
    for host in reachable:
        host.stop()
        host.start()
