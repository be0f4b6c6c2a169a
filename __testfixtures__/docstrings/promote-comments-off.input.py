def refresh_cache(cache):
    # Drop expired entries and reload the rest from disk.
    #
    # Entries younger than a minute are kept as they are.
    cache.refresh()


def compute_total(values):
    # sum the values, ignoring None
    return sum(value for value in values if value is not None)


def with_quotes():
    # Say "hello" to the C:\temp folder.
    return None


class Registry:
    # Keeps track of the registered plugins by name.
    def __init__(self):
        self.plugins = {}
