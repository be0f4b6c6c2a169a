def refresh_cache(cache):
    """Refresh the cache.

    Args:
        cache: The cache.
    """
    # Drop expired entries and reload the rest from disk.
    #
    # Entries younger than a minute are kept as they are.
    cache.refresh()


def compute_total(values):
    """Compute the total.

    Args:
        values: The values.

    Returns:
        The total.
    """
    # sum the values, ignoring None
    return sum(value for value in values if value is not None)


def with_quotes():
    """With quotes."""
    # Say "hello" to the C:\temp folder.
    return None


class Registry:
    """A registry."""
    # Keeps track of the registered plugins by name.
    def __init__(self):
        """Initialize the registry."""
        self.plugins = {}
