def wrapper(
    first,
    *args
):
    return wrapped(
        first,
        *args
    )


def keyword_only(
    first,
    *,
    second
):
    pass


def plain(
    first,
    second
):
    pass


def already(
    first,
    *args,
):
    return wrapped(
        first,
        *args,
    )
