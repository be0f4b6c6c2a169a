def load_settings():
    # noqa: E501
    return 1


def default_port():
    # pragma: no cover
    return 1


def max_connections():
    # TODO: make this faster
    return 1


def unique_values(values):
    # result = sorted(values)
    return values


def render_table(table):
    #   name    value
    #   ----    -----
    return table


def count_lines(text):

    # Split first: the count below is about lines, not bytes.
    return len(text.splitlines())


def read_trailer(stream):
    """Read and discard the trailer up to the terminator."""
    ### note: there should be no trailer at all
    stream.readline()
