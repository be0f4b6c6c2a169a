import functools  # functools: module


def traced(function):  # traced: module; function: traced
    @functools.wraps(function)  # functools: module; function: traced
    def wrapper(*args):  # wrapper: traced; args: wrapper
        return function(*args)  # function: traced; args: wrapper

    return wrapper  # wrapper: traced
