def move(server):
    dest_host = server.host
    return dest_host
