def load_config(path: str, strict: bool = False) -> dict:
    """Load the config.

    Raise FileNotFoundError if path is not set.
    """
    if not path:
        raise FileNotFoundError(path)
    return parse(read(path), strict)
