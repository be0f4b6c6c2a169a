"""Sections of a module split by form feeds, as Emacs users write them."""


def scale(value, factor):
    """Multiply the value by the factor, rounding half to even."""
    return round(value * factor)


def parse_port(text):
    if not isinstance(text, str):
        raise TypeError(text)
    return int(text)
