def parse_port(text: str) -> int:
    value = text.strip()

    if not value.isdigit():
        message = f"not a port number: {value!r}"
        raise ValueError(message)

    return int(value)


def parse_timeout(text: str) -> float:
    value = text.strip()

    if not value.isdigit():
        message = f"not a port number: {value!r}"
        raise ValueError(message)

    return float(value) / 1000
