import sys

from sqlalchemy import util


def checkout(pool):
    try:
        return pool._create_connection()
    except:
        with util.safe_reraise():
            pool._dec_overflow()


def run_as_contextmanager(ctx, fn, *arg, **kw):
    obj = ctx.__enter__()
    try:
        result = fn(obj, *arg, **kw)
        ctx.__exit__(None, None, None)
        return result
    except:
        exc_info = sys.exc_info()
        raise_ = ctx.__exit__(*exc_info)
        if not raise_:
            raise


def port_of(text):
    try:
        return int(text)
    except:
        return None
