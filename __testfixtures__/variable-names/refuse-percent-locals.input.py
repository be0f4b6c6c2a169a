def banner(user):
    msg = "welcome"
    return "%(msg)s, %(user)s" % locals()
