def refresh_cache(cache):
    """Drop expired entries and reload the rest from disk.

    Entries younger than a minute are kept as they are.
    """
    cache.refresh()


def compute_total(values):
    """Sum the values, ignoring None."""
    return sum(value for value in values if value is not None)


def with_quotes():
    r"""Say "hello" to the C:\temp folder."""
    return None


class Registry:
    # Keeps track of the registered plugins by name.
    def __init__(self):
        self.plugins = {}


def next_chunk_size(stream):
    """Return the size of the next chunk, reading a new one if necessary.

      0: at the end of the current chunk
      None: no current chunk, read the next one
    """
    return stream.chunk_left


def as_postgresql(compiler, connection):
    # Cast FloatField to DecimalField as PostgreSQL doesn't support the
    # following function signatures:
    # - LOG(double, double)
    # - MOD(double, double)

    return cast(compiler, connection)
