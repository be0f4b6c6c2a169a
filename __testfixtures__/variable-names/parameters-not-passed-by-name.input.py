def send(conn, /, *vals, **opts):
    """Send values over a connection.

    Args:
        conn: The connection.
        *vals: What to send.
    """
    for val in vals:
        conn.write(val, **opts)


class Channel:
    def __eq__(self, other_conn, /):
        return self is other_conn


send(None, 1, 2, retries=3)
