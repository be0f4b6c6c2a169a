def formatted(name):
    f"Hello {name}"
    return name


def raw_bytes():
    b"not a docstring"
    return 1
