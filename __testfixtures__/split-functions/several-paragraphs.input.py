def deploy(hosts, package):
    plan = []
    done = 0

    # Check the hosts.
    for host in hosts:
        host.ping()
    plan.append('checked')

    # Copy the package.
    for host in hosts:
        host.copy(package)
        done += 1

    # Restart the services.
    for host in hosts:
        host.restart()
    plan.append('restarted')

    return plan, done
