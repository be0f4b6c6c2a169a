result = compute(
    first,
    second,  # a comment
)
pair = compute(first, second)
