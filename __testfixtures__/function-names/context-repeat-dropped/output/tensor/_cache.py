_entries = {}


def _lookup_entry(key):
    return _entries.get(key)
