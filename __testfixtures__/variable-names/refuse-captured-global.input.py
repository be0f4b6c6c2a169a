message = "default"


def greet(name):
    msg = "hello " + name
    return msg + message
