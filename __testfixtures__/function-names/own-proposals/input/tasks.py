def resize_the_server_and_then_assert_the_error(server):
    return server


def short_name():
    return resize_the_server_and_then_assert_the_error(None)
