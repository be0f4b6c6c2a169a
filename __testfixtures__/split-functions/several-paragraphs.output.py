def deploy(hosts, package):
    reachable = [host for host in hosts if host.ping()]
    done = 0

    done = _copy_package(reachable, package, done)

    _restart_services(reachable)

    return done


def _copy_package(reachable, package, done):
    """Copy the package."""
    for host in reachable:
        host.copy(package)
        done += 1
    return done


def _restart_services(reachable):
    """Restart the services."""
    for host in reachable:
        host.stop()
        host.start()
