def identity(x): return x


def fetch_first_row(table):
    """Fetch the first row.

    Raises:
        LookupError: The table has no rows yet.
    """
    raise LookupError("the table has no rows yet")


class Empty: pass


def two_statements(): first(); second()
