def send(client, payload):
    dest = client.peer
    return client.send(payload, dest=dest, src=client.name)
