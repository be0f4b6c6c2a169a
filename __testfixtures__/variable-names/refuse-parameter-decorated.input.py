from app import route


@route("/copy/<src>")
def copy(src):
    return src
