def wrapper(
    *args,
    **kwargs,
):
    return wrapped(
        *args,
        **kwargs,
    )


def already(
    *args,
    **kwargs,
):
    pass
