def describe(host):
    dest = host.upper()
    return vars()


def options(parsed):
    dest = vars(parsed)
    return dest
