result = wrapped(
    first,
    *args
)
options = merge(
    first,
    **overrides
)
