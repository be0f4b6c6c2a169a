def describe(server):
    name = server.name
    status = server.status

    text = _join_fields(name, status)
    return text.upper()


def _join_fields(name, status):
    fields = [name, status]
    return ' '.join(fields)
