result = compute(
    first,
    second=2,
)
