def first_element_of_the_iterable(iterable):
    """Return the first element.

    >>> first_element_of_the_iterable([1, 2])
    1
    >>> import misc
    >>> misc.first_element_of_the_iterable(
    ...     [3])
    3
    """
    return next(iter(iterable))
