TEMPLATE = "{msg} ({count})"


def render(**values):
    return TEMPLATE.format(**values)


def fill(count):
    return "{count}: {msg}".format(**locals())


def label(count):
    msg = "{msg} and {count} more"
    return msg.format(msg="items", count=count)
