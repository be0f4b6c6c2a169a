print(a,  # the first
      b
)
print(
    a,
    b
    # nothing after b
)
