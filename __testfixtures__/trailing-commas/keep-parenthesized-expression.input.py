value = (
    first + second
)
text = (
    "first part, "
    "second part"
)
