def _load_settings():
    return {}


def start(path):
    handle = open(path)
    data = handle.read()

    # Load settings.
    settings = _load_settings()
    settings.update(data)

    return settings
