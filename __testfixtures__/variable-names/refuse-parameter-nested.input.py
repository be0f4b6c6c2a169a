def outer():
    def inner(msg):
        return msg

    return inner(msg="hi")
