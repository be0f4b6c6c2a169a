class Migration:
    # Version 1.0: Initial version
    # Version 1.1: Added the flavor field
    VERSION = "1.1"


def check_status(server):
    # These must match the states the API reports.
    expected = {"ACTIVE", "ERROR"}
    return server.status in expected


def run_hooks(hooks):
    # The following hooks run in the order they were registered.
    for hook in hooks:
        hook()


def maybe_reset(state):
    # called by the scheduler only if the host is down
    state.reset()
    state.save()


def outer(request):
    # Build the handler that the view calls back.
    def handler(response):
        return response

    return handler(request)


def fetch(cache, key):
    # Force the cache to be fully populated.
    cache.load()

    value = cache.get(key)
    return value


def wrap(function):
    # Cached wrapper: one result per argument.

    def wrapper(argument):
        return function(argument)

    return wrapper


def rebuild(index):
    """This method is called when the models are imported, so it must not
    import anything itself.
    """
    index.clear()
    index.fill()


def adapt_to_entity(entity):
    # interesting....
    return entity
