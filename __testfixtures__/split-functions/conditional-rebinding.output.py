def choose(default, options):
    value = default
    chosen = False

    # Prefer the first truthy option.
    value, chosen = _prefer_truthy_option(options, chosen, value)

    return value, chosen


def _prefer_truthy_option(options, chosen, value):
    for option in options:
        if option:
            value = option
            chosen = True
            break
    return value, chosen
