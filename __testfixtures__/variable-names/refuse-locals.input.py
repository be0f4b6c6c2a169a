def describe(host):
    dest = host.upper()
    return sorted(locals())
