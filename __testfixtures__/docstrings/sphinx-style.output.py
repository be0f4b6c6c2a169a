def load_config(path: str, strict: bool = False) -> dict:
    """Load the config.

    :param path: The path.
    :type path: str
    :param strict: The strict flag. Defaults to False.
    :type strict: bool
    :returns: The loaded config.
    :rtype: dict
    :raises FileNotFoundError:
    """
    if not path:
        raise FileNotFoundError(path)
    return parse(read(path), strict)


class Loader:
    """A loader."""

    def __init__(self, search_path):
        """Initialize the loader.

        :param search_path: The search path.
        """
        self.search_path = search_path
