"""Caches of the renderer."""


def flush_templates(cache):
    # Drop the stale entries.
    for key in list(cache):
        if cache[key].stale:
            del cache[key]
    cache.compact()


def flush_fragments(cache):
    # Drop the stale entries.
    for key in list(cache):
        if cache[key].stale:
            del cache[key]
    cache.compact()
