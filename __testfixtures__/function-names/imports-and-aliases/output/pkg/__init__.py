from pkg.util import wait_for_state

__all__ = ['wait_for_state']
