def refresh_cache(cache):
    """Drop expired entries and reload the rest from disk.

    Entries younger than a minute are kept as they are.

    Args:
        cache: The cache.
    """
    cache.refresh()


def compute_total(values):
    """Sum the values, ignoring None.

    Args:
        values: The values.

    Returns:
        The total.
    """
    return sum(value for value in values if value is not None)


def with_quotes():
    r"""Say "hello" to the C:\temp folder."""
    return None


class Registry:
    """Keeps track of the registered plugins by name."""

    def __init__(self):
        """Initialize the registry."""
        self.plugins = {}


def separated_by_blank_line():
    """Counts the lines, whatever the blank line above says.

    Returns:
        The separated by blank line.
    """
    return 1
