result = compute(first,
                 second,)
numbers = [
    1,
    2,
]
