def fields(cls):
    """Return the attributes of an attrs class."""
    if not isinstance(cls, type):
        raise TypeError("Passed object must be a class.")
    attrs = getattr(cls, "__attrs_attrs__", None)
    if attrs is None:
        raise ValueError(f"{cls!r} is not an attrs-decorated class.")
    return attrs


def fields_dict(cls):
    """Return an ordered dictionary of the attributes of an attrs class."""
    if not isinstance(cls, type):
        raise TypeError("Passed object must be a class.")
    attrs = getattr(cls, "__attrs_attrs__", None)
    if attrs is None:
        raise ValueError(f"{cls!r} is not an attrs-decorated class.")
    return {a.name: a for a in attrs}
