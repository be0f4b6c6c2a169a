register([
    first,
    second
])
