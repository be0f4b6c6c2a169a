squares = [
    value * value
    for value in values
]
table = {
    key: value
    for key, value in pairs
}
