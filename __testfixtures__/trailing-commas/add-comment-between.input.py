print(
    a,
    b
    # nothing after b
)
