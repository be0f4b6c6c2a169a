message = (
    "first part, "
    "second part"
)
log(
    "first part, "
    "second part",
)
