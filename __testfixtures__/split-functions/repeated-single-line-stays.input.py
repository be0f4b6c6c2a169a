"""Sessions of the web front end."""


def login(request, user):
    request.session.flush()

    request.session["user"] = user.id

    request.session["seen"] = []
    request.session.modified = True

    return user


def impersonate(request, user, admin):
    request.session.flush()

    request.session["user"] = user.id

    request.session["seen"] = []
    request.session.modified = True

    request.session["admin"] = admin.id
    return user
