def index(rows, field):
    seen = set()
    limit = 10

    unique = _collect_keys(rows, field, seen)

    return unique, limit


def _collect_keys(rows, field, seen):
    keys = [row[field] for row in rows if row[field] not in seen]
    return {key for key in keys}
