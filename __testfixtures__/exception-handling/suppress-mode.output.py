import contextlib
import os


def remove(path):
    with contextlib.suppress(FileNotFoundError, PermissionError):
        os.remove(path)
