from pkg.util import wait_for_the_state_change

__all__ = ['wait_for_the_state_change']
