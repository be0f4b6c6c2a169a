def resize_and_assert_error():
    return 1


HANDLERS = {'resize_and_assert_error': 'handler'}
