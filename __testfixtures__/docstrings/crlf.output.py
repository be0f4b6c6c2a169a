def get_flavors(api):
    """Ask the API for every flavor.

    Args:
        api: The API.

    Returns:
        The flavors.
    """
    return api.get_flavors()


def one_line(x):
    """Return the one line.

    Args:
        x: The x value.

    Returns:
        The one line.
    """
    return x
