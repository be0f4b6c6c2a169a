def resize(server):
    "Resize the server to the flavor that was requested by the API user, now."
    return server


def confirm(server):
    "Confirm the resize of the server."
    return server
