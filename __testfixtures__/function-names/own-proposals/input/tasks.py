def _wait_for_the_server_to_reach_the_active_state(server):
    return server


def short_name():
    return _wait_for_the_server_to_reach_the_active_state(None)
