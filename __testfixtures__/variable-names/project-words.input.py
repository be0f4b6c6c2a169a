def live_migrate(server, scheduler):
    dest_host = scheduler.select_host(server)
    server.migrate(dest_host)
    return dest_host
