"""Font properties read from font files."""


def ttf_properties(font, name):
    style = font.style_name.lower()

    if name.lower() in ["capitals", "small-caps"]:
        variant = "small-caps"
    else:
        variant = "normal"

    return style, variant


def afm_properties(font, name):
    style = font.get_angle() and "italic" or "normal"

    if name.lower() in ["capitals", "small-caps"]:
        variant = "small-caps"
    else:
        variant = "normal"

    return style, variant


def peaks(values, kind):
    values = sorted(values)

    if kind in ["max", "maximum"]:
        reduce = max
    elif kind in ["min", "minimum"]:
        reduce = min
    else:
        raise ValueError("kind must be max or min")

    return reduce(values)


def troughs(values, kind):
    values = sorted(values, reverse=True)

    if kind in ["max", "maximum"]:
        reduce = max
    elif kind in ["min", "minimum"]:
        reduce = min
    else:
        raise ValueError("kind must be max or min")

    return reduce(values)
