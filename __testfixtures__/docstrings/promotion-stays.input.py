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


class Registry:
    def rebuild(self, index):
        # This method is called when the models are imported, so it must not import
        # anything itself.
        index.clear()
        index.fill()


def adapt_to_entity(entity):
    # interesting....
    return entity


def get_server_version_info(connection):
    # NOTE: this function is not reliable, particularly when
    # freetds is in use.
    return connection.version


def add_no_attribute(context):
    # how do I....tell it it has no attribute of a certain name?
    # can't find any Type that seems to match that
    return context.fail()


def key_token(column):
    # this method was missing before [ticket:3989], meaning tokens
    # like ``%(column_0_key)s`` weren't working even though documented.
    return column.key
