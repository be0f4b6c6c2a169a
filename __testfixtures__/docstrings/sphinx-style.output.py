def load_config(path: str, strict: bool = False) -> dict:
    """Load the config.

    :raises FileNotFoundError: If path is not set.
    """
    if not path:
        raise FileNotFoundError(path)
    return parse(read(path), strict)


class Loader:
    def __init__(self, search_path):
        self.search_path = search_path
