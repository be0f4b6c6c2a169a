try:
    del CACHE["settings"]
except KeyError:
    pass

import contextlib
