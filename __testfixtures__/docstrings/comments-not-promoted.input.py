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
