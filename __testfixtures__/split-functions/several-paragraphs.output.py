def deploy(hosts, package):
    plan = []
    done = 0

    _check_hosts(hosts, plan)

    done = _copy_package(hosts, package, done)

    _restart_services(hosts, plan)

    return plan, done


def _check_hosts(hosts, plan):
    """Check the hosts."""
    for host in hosts:
        host.ping()
    plan.append('checked')


def _copy_package(hosts, package, done):
    """Copy the package."""
    for host in hosts:
        host.copy(package)
        done += 1
    return done


def _restart_services(hosts, plan):
    """Restart the services."""
    for host in hosts:
        host.restart()
    plan.append('restarted')
