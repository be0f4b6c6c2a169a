result = compute(
    first,
    second
)
