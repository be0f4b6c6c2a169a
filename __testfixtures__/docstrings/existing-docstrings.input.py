def plain():
    "A plain string."
    return 1


def raw():
    r"""A raw \d docstring."""
    return 1


def unicode():
    u'''A u-prefixed docstring.'''
    return 1


def concatenated():
    "Implicitly " "concatenated."
    return 1


def parenthesized():
    ("A parenthesized docstring.")
    return 1


class Documented:
    """Already documented."""

    x = 1
