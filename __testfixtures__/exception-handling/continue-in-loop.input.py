import os


def remove_all(paths):
    for path in paths:
        try:
            os.remove(path)
        except Exception:
            continue
