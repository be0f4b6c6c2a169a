# Your own app/functools.py is not the standard library's.


def update_wrapper(wrapper, wrapped):
    try:
        wrapper.__doc__ = wrapped.__doc__
    except AttributeError:
        pass
    return wrapper
