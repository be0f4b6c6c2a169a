def identity(x): return x


def first_row(table):
    """First row.

    Raises:
        LookupError: The table has no rows yet.
    """
    raise LookupError("the table has no rows yet")


class Empty: pass


def two_statements(): first(); second()
