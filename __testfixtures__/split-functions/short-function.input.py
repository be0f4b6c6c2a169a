def add(a, b):
    total = a + b

    # Report the total.
    print(total)
    return total
