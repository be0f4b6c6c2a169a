def live_migrate(server, hosts):
    dest_host = hosts.pop()
    if not dest_host:
        return None
    return server.migrate(dest_host)
