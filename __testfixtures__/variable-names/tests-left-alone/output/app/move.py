def move(server):
    destination_host = server.host
    return destination_host
