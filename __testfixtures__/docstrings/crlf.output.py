def get_flavors(api):
    """Ask the API for every flavor."""
    return api.get_flavors()


def one_line(x): return x
