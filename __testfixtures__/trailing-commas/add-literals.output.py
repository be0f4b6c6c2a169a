numbers = [
    1,
    2,
]
unique = {
    "a",
    "b",
}
mapping = {
    "a": 1,
    **defaults,
}
pair = (
    "left",
    "right",
)
