def banner(user):
    msg = "welcome"
    return "{msg}, {user}".format(**locals())
