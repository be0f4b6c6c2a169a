from typing import Optional


def parse_port(text: str, default: Optional[int] = None) -> int:
    _check_text(text)

    return int(text) if text else default


def _check_text(text: str) -> None:
    if not text.isdigit():
        message = f"not a port number: {text!r}"
        raise ValueError(message)


def parse_address(text: str, host: str) -> tuple:
    _check_text(text)

    return (host, int(text))
