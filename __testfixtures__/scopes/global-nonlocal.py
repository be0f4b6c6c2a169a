total = 0  # total: module


def add(amount):  # add: module; amount: add
    global total
    total += amount  # total: module; amount: add


def make_counter():  # make_counter: module
    def increment():  # increment: make_counter
        nonlocal count
        count += 1  # count: make_counter
        return count  # count: make_counter

    count = 0  # count: make_counter
    return increment  # increment: make_counter
