result = compute(
    first,
    second  \
)
