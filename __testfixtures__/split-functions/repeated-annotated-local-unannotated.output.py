def parse_port(text: str) -> int:
    value = text.strip()

    _check_value(value)

    return int(value)


def _check_value(value):
    if not value.isdigit():
        message = f"not a port number: {value!r}"
        raise ValueError(message)


def parse_timeout(text: str) -> float:
    value = text.strip()

    _check_value(value)

    return float(value) / 1000
