def validate(value):
    if value is None:
        raise ValueError("value is required")
    if not isinstance(value, int):
        raise TypeError("value must be an integer")
    if value < 0:
        raise ValueError("value must not be negative")

    def nested():
        raise RuntimeError("not ours")

    callback = lambda: nested()
    return callback


def convert(text):
    try:
        number = int(text)
        if number > 10:
            raise OverflowError("too big")
    except ValueError:
        raise ConversionError("not a number") from None
    try:
        raise KeyError(text)
    except LookupError:
        pass
    try:
        raise CustomError
    except Exception:
        pass
    raise


def window_frame_end(end):
    if isinstance(end, int):
        return end
    raise ValueError


def resolve(pattern, path):
    match = pattern.match(path)
    if match:
        for candidate in pattern.children:
            if candidate.matches(path):
                return candidate
        raise NotFound("no pattern below matches the path")
    if path is None:
        raise LookupError
    raise LookupError
