result = outer(
    first,
    inner(
        second,
        third
    )
)
text = join(
    first,
    """a long
    text"""
)
