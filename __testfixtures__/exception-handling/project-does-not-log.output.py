# A library whose modules never log: no logger is added; narrowing and `from e` still are.
class ParseError(Exception):
    pass


def close(stream):
    try:
        stream.close()
    except Exception:
        pass


def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise ParseError("not a number: %r" % text) from e
