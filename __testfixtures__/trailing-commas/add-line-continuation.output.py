result = compute(
    first,
    second,  \
)
