import json


def read_overrides(path):
    try:
        with open(path) as handle:
            return json.load(handle)
    except OSError:
        pass


def load_config(path, overrides_path):
    with open(path) as handle:
        cfg = json.load(handle)
    cfg.update(read_overrides(overrides_path) or {})
    return cfg
