def describe(dest):
    return "to {dest}".format(**locals())


describe(dest="here")
