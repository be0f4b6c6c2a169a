def outer():
    def inner(msg, /, sep=" "):
        return msg + sep

    return inner("hi", sep="-") + inner("no", sep=",")


def render(rows):
    def cell(val, width):
        return str(val).ljust(width)

    return [cell(val=row, width=8) for row in rows]
