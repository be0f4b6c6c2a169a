import logging
import os
import warnings
import zlib

import numpy as np

log = logging.getLogger(__name__)


class Base:
    def area(self):
        # Override this to compute the area of the shape.
        return 0

    def draw(self, canvas):
        # This method can be slow on large canvases.
        return canvas.render(self)

    def copy(self):
        # This method is copied from the standard library's copy module.
        return type(self)(**vars(self))

    def lookup(self, key):
        # Drop the key from the tuple of pending names
        # Then look up what is left in the cache
        return self.cache[key[1:]]

    def render(self):
        # Must be implemented by the backend.
        pass


class Record:
    def __init__(self, obj):
        # Use a weak reference to keep the record collectable by refcount.
        self._obj = obj

    @property
    def data(self):
        # Build the view of the fields and make sure it's a np.void.
        return self._data.view(np.void)

    @property
    def width(self):
        # Add 1 because the first class holds nothing and is counted anyway.
        return len(self.classes) + 1

    def height(self):
        # Add 1 because the first row holds the header and is counted.
        return len(self.rows) + 1


def is_empty_2d(arr):
    # Check the size first for efficiency, then the shape.
    return arr.size == 0 and arr.ndim == 2


def join_names(names, separator):
    # Return the names joined by the separator, in their given order.
    return separator.join(names)


join_names.__doc__ = "Join the names with the separator."


def compile_query(statement):
    # This method returns the statement compiled for the default dialect.
    return statement.compile()


class Dialect:
    @staticmethod
    def quote_name(name):
        # This method allows testing its logic without a connection.
        return '"%s"' % name.replace('"', '""')


def _valid_name(path) -> bool:
    # Ignore invalid names that cannot be imported directly
    return os.path.basename(path).isidentifier()


def _load_entry_point(entry_point):
    # Ignore all the errors
    try:
        return (entry_point.name, entry_point.load())
    except Exception as error:
        log.warning("%s: %s", entry_point.name, error)


def _lookup(components, specs, name):
    # Look up the name in the components of every spec, in order; the loop is the
    # hot path of every adaptation.
    for spec in specs:
        found = components.get(spec, {}).get(name)
        if found is not None:
            return found


def _find_adapter(components, specs, name):
    # Find the adapter registered for the first spec.
    # it is called once per lookup, with the specs in order.
    return components.get(specs[0], {}).get(name)


class combined(tuple):
    def __init__(self, *args):
        # tuple.__init__ doesn't do anything
        pass


def is_close(a, b, tolerance=1e-09):
    # Check if float numbers are basically equal, for python >=3.5 there is
    # a function for that in the standard library
    return abs(a - b) <= tolerance * max(abs(a), abs(b))


class BaseBuffer:
    def seek(self, offset, whence=0):
        # with one argument: gzip.GzipFile, bz2.BZ2File
        # with two arguments: zip.ZipFile, read_sas
        ...

    def tell(self):
        # for zip.ZipFile, read_stata, to_stata
        ...


class ExponentialMovingWindow:
    def _check_window_bounds(self, start, end, num_vals):
        # ewm algorithms are iterative with each point
        # ExponentialMovingWindowIndexer "bounds" are the entire window
        return None


class Celery:
    def _get_default_loader(self):
        # the --loader command-line argument sets the environment variable.
        return os.environ.get("CELERY_LOADER") or self.loader_cls

    def _lru_key(self):
        # return value of od.keys does not support __next__,
        # but this version will also not create a copy of the list.
        return next(iter(self.keys()))

    def _read_to_buffer_loop(self):
        # This method is called from _handle_read and _try_inline_read.
        while self._read_bytes:
            self._read_to_buffer()

    def get(self):
        # Use get_arguments for keys to get strings, but
        # request.arguments for values to get bytes.
        for key, value in zip(self.get_arguments("k"), self.request.arguments["v"]):
            self.set_header(key, value)

    def get_httpserver_options(self):
        # Use a small chunk size so flow control is relevant even though
        # all the data arrives at once.
        return dict(chunk_size=10, decompress_request=True)

    def _compute_bounds(self, data, axis=None):
        # Ignore RuntimeWarning if the array (or an axis of it) has only NaNs.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", category=RuntimeWarning)
            self._max_value = self._cenfunc(data, axis=axis)


class Compressor:
    def __init__(self):
        # Create a compressor with the library's default level and window size.
        self.compressor = zlib.compressobj()

    @property
    def named_transformers(self):
        # Use Bunch object to improve autocomplete
        return Bunch(**dict(self.transformer_list))

    def visit_option_string(self, node):
        # Do not know if .B or .BI.
        pass


class BufferedStream:
    def flush(self):
        # io.BufferedWriter.flush already writes everything out.
        pass
