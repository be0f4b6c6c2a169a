def _launch_processes(self):
    # https://github.com/python/cpython/issues/90622
    self._adjust()


def _lru_cache_wrapper(user_function):
    # Constants shared by all instances:
    sentinel = object()
    return sentinel


def shuffle(items):
    """random_seed is taken from the environment."""
    return items
