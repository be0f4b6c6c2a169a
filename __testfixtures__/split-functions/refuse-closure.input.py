def make_counter(start):
    count = start
    step = 1

    def current():
        return count

    # Move the counter forward.
    count = count + step
    step = step * 2

    return current, step
