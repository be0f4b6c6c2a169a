from contextlib import contextmanager
import os


@contextmanager
def removing(path):
    yield
    try:
        os.remove(path)
    except FileNotFoundError:
        pass
