from typing import Optional


def parse_port(text: str, default: Optional[int] = None) -> int:
    if not text.isdigit():
        message = f"not a port number: {text!r}"
        raise ValueError(message)

    return int(text) if text else default


def parse_address(text: str, host: str) -> tuple:
    if not text.isdigit():
        message = f"not a port number: {text!r}"
        raise ValueError(message)

    return (host, int(text))
