def wait_server_active_state(server):
    return server


def short_name():
    return wait_server_active_state(None)
