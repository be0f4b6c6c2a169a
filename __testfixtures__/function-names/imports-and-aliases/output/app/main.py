import pkg.util
import pkg.util as helpers
from pkg import wait_for_state
from pkg.util import wait_for_state as wait


def main():
    wait_for_state(1)
    wait(2)
    helpers.wait_for_state(3)
    return pkg.util.wait_for_state(4)


def unrelated(wait_for_the_state_change):
    return wait_for_the_state_change
