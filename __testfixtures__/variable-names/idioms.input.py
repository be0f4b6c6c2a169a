def copy(args, kwargs):
    for i, x in enumerate(args):
        fd = open(x)
        db = kwargs.get("db")
        url = db.url
        uuid = url.uuid
        try:
            fd.write(uuid)
        except OSError as e:
            return i, e
    return None
