"""Connections to the message broker."""


def publish(broker, topic, message):
    channel = broker.channel()
    channel.confirm_delivery()
    channel.declare(topic, durable=True)

    channel.send(topic, message)


def subscribe(broker, topic, callback):
    channel = broker.channel()
    channel.confirm_delivery()
    channel.declare(topic, durable=True)

    channel.consume(topic, callback)
