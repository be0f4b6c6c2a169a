def live_migrate(server, scheduler):
    destination_host = scheduler.select_host(server)
    server.migrate(destination_host)
    return destination_host
