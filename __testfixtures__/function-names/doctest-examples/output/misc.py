def first_element(iterable):
    """Return the first element.

    >>> first_element([1, 2])
    1
    >>> import misc
    >>> misc.first_element(
    ...     [3])
    3
    """
    return next(iter(iterable))
