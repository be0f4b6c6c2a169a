def identity(x): return x


def fetch_first_row(table): raise LookupError("the table has no rows yet")


class Empty: pass


def two_statements(): first(); second()
