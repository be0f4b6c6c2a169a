from . import _cache
from ._algebra import TensAdd


def _simplify(expression):
    cached = _cache._lookup_entry(expression)
    if cached is not None:
        return cached
    return TensAdd._collect_terms(expression.args)
