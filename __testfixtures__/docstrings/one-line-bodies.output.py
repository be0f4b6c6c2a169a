def identity(x):
    """Summarize the function identity of one-line-bodies.py (1 lines, google
    style).

    Signature: def identity(x).
    """
    return x


def fetch_first_row(table):
    """Summarize the function fetch_first_row of one-line-bodies.py (1 lines,
    google style).

    Signature: def fetch_first_row(table).

    Raises:
        LookupError: The table has no rows yet.
    """
    raise LookupError("the table has no rows yet")


class Empty: pass


def two_statements():
    """Summarize the function two_statements of one-line-bodies.py (1 lines,
    google style).

    Signature: def two_statements().
    """
    first(); second()
