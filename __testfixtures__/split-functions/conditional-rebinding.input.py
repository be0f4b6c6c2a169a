def choose(default, options):
    value = default
    chosen = False

    # Prefer the first truthy option.
    for option in options:
        if option:
            value = option
            chosen = True
            break

    return value, chosen
