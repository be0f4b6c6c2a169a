import weakref


def send(client, payload):
    dest = client.peer
    return client.send(payload, dest=dest, src=client.name)


def load(instance, **kwargs):
    expected_attrs = kwargs.get("expected_attrs")
    opts = instance._opts
    ref = weakref.ref
    return expected_attrs, opts, ref(instance)


def describe(server):
    attrs = list(server.properties)
    return {"attrs": attrs}
