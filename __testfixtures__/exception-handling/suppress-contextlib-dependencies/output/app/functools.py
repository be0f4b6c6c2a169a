# Your own app/functools.py is not the standard library's.

import contextlib


def update_wrapper(wrapper, wrapped):
    with contextlib.suppress(AttributeError):
        wrapper.__doc__ = wrapped.__doc__
    return wrapper
