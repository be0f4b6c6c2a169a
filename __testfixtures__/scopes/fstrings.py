def show(value, width):  # show: module; value: show; width: show
    return f"{value!r:>{width}} {[value for value in (1, 2)]}"  # value: show, comprehension, comprehension; width: show
