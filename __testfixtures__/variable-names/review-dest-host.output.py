def live_migrate(server, hosts):
    destination_host = hosts.pop()
    if not destination_host:
        return None
    return server.migrate(destination_host)
