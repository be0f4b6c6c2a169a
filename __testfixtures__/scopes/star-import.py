from os.path import *  # the module's names are not fully known


def where():  # where: module
    return join("a", "b")  # join: unresolved
