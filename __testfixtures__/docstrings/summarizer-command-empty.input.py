def resize(server, flavor):
    return server.resize(flavor)
