default = 1  # default: module
Kind = int  # Kind: module


def scale(value: Kind = default, *factors: Kind, strict=False, **options) -> Kind:  # scale: module; value: scale; Kind: module, module, module; default: module; factors: scale; strict: scale; options: scale
    return value * len(factors) if strict else options  # value: scale; factors: scale; strict: scale; options: scale


def positional(a, /, b, *, c):  # a: positional; b: positional; c: positional
    return a + b + c  # a: positional; b: positional; c: positional
