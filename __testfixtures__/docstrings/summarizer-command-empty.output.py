def resize(server, flavor):
    """Resize the server."""
    return server.resize(flavor)
