from typing import overload


@overload
def parse(value: str) -> int: ...
@overload
def parse(value: bytes) -> int: ...
def parse(value):
    """Parse the value.

    Args:
        value: The value.

    Returns:
        The result.
    """
    return int(value)
