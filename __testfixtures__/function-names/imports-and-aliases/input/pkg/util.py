__all__ = ['wait_for_the_state_change', 'other']


def wait_for_the_state_change(server):
    return server


def other():
    return wait_for_the_state_change(None)
