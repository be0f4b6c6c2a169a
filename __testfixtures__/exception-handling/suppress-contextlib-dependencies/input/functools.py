# contextlib imports functools: `import contextlib` here would be circular.


def update_wrapper(wrapper, wrapped):
    try:
        wrapper.__doc__ = wrapped.__doc__
    except AttributeError:
        pass
    return wrapper
