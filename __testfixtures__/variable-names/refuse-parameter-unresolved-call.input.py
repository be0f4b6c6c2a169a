class Client:
    def send(self, msg):
        return msg


def notify(client):
    return client.send(msg="hello")
