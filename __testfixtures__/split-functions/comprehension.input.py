def index(rows, field):
    seen = set()
    limit = 10

    # Collect the keys.
    keys = [row[field] for row in rows if row[field] not in seen]
    unique = {key for key in keys}

    return unique, limit
