from contextlib import contextmanager, suppress
import os


@contextmanager
def removing(path):
    yield
    with suppress(FileNotFoundError):
        os.remove(path)
