from .exceptions import InvalidJSONError, RequestsJSONDecodeError


def json_of(response, complexjson):
    try:
        return complexjson.loads(response.text)
    except ValueError as e:
        raise RequestsJSONDecodeError(e.msg, e.doc, e.pos)


def body_of(data, complexjson):
    try:
        return complexjson.dumps(data, allow_nan=False)
    except ValueError as ve:
        raise InvalidJSONError(ve, request=data)
