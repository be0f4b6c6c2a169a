def render(value):
    fmt = "{:>10}"
    return fmt.format(value)


def show(value):
    return format(value, "x")
