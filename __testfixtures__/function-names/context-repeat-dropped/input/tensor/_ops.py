from . import _cache
from ._algebra import TensAdd


def _simplify(expression):
    cached = _cache._cache_lookup_entry(expression)
    if cached is not None:
        return cached
    return TensAdd._tens_add_collect_terms(expression.args)
