def resize_server_assert_error(server):
    return server


def short_name():
    return resize_server_assert_error(None)
