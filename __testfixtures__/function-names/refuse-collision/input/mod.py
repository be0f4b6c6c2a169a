def resize_and_assert_error():
    return 1


def resize_error():
    return 2
