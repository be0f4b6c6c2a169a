by_tuple = table[key,]
plain = table[
    key
]
starred = table[
    *keys
]
