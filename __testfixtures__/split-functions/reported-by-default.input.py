def describe(server):
    name = server.name
    status = server.status

    # Join the fields.
    fields = [name, status]
    text = ' '.join(fields)
    return text.upper()
