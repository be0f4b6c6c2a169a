from pkg.stream import Stream


def test_read():
    # read() must go through _maybe_add_error_listener first.
    assert Stream().read() == 1
