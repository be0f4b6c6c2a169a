def connect(host, port=8080,):
    pass


def wrapper(*args, **kwargs,):
    pass
