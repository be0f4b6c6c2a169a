message = (
    "first part, "
    "second part"
)
log(
    level,
    "first part, "
    "second part"
)
