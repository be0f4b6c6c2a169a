def log(msg, **extra):
    return (msg, extra)


log("a", message="b")
