def deploy(hosts, package):
    reachable = [host for host in hosts if host.ping()]
    log.info('deploying %s to %d hosts', package, len(reachable))

    # Copy the package.
    for host in reachable:
        host.copy(package)
        host.verify(package)

    # Restart the services.
    for host in reachable:
        host.stop()
        host.start()

    return len(reachable)
