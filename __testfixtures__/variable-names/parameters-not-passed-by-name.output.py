def send(connection, /, *values, **options):
    """Send values over a connection.

    Args:
        connection: The connection.
        *values: What to send.
    """
    for value in values:
        connection.write(value, **options)


class Channel:
    def __eq__(self, other_connection, /):
        return self is other_connection


send(None, 1, 2, retries=3)
