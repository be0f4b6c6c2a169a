register([
    first,
    second,
])
