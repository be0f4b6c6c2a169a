def deploy(hosts, package):
    reachable = [host for host in hosts if host.ping()]
    done = 0

    # Copy the package.
    for host in reachable:
        host.copy(package)
        done += 1

    # Restart the services.
    for host in reachable:
        host.stop()
        host.start()

    return done
