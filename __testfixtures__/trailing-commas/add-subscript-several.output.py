value = table[
    row,
    column,
]
Mapping = Dict[
    str,
    int,
]
window = frame[
    1:2,
    ...,
]
