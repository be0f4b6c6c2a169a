_entries = {}


def _cache_lookup_entry(key):
    return _entries.get(key)
