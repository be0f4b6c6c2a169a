def describe(host):
    dest = host.upper()
    return vars()


def options(parsed):
    destination = vars(parsed)
    return destination
