class ParseError(Exception):
    pass


def parse_id(value, parsers):
    try:
        return parsers[0](value)
    except ValueError as first_error:
        try:
            return parsers[1](value)
        except ValueError:
            raise ParseError("expected a number or a name, found %r" % value)
