def describe(server):
    name = server.name
    status = server.status

    return _join_fields(name, status)


def _join_fields(name, status):
    """Join the fields."""
    fields = [name, status]
    text = ' '.join(fields)
    return text.upper()
