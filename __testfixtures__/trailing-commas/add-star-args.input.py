def wrapper(
    *args,
    **kwargs
):
    return wrapped(
        *args,
        **kwargs
    )
