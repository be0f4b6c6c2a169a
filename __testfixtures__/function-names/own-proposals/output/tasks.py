def _wait_for_server_to_reach_active_state(server):
    return server


def short_name():
    return _wait_for_server_to_reach_active_state(None)
