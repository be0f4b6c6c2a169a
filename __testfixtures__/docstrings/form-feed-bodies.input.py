"""Sections of a module split by form feeds, as Emacs users write them."""


def scale(value, factor):
    return value * factor
