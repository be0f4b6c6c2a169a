# Every exploded call and definition with *args or **kwargs in this file ends without a
# comma (black leaves them so for an old target version; Python 2 rejects the comma):
# they keep that habit.
def connect(
    host,
    port,
    **kwargs
):
    return open_connection(
        host,
        port,
        **kwargs
    )


servers = [
    "a",
    "b"
]
