def identity(x): return x


class Empty: pass


def two_statements(): first(); second()
