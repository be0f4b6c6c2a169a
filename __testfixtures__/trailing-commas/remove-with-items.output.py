with (open("a") as source, open("b") as target):
    pass
