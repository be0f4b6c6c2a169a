def send(client, payload):
    destination = client.peer
    return client.send(payload, dest=destination, src=client.name)
