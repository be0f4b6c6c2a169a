def outer():
    def inner(message, /, separator=" "):
        return message + separator

    return inner("hi", separator="-") + inner("no", separator=",")


def render(rows):
    def cell(value, width):
        return str(value).ljust(width)

    return [cell(value=row, width=8) for row in rows]
