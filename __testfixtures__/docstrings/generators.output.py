from typing import Generator, Iterator


def iter_chunks(data: bytes, size: int) -> Iterator[bytes]:
    """Iterate over the chunks.

    Args:
        data (bytes): The data.
        size (int): The size.

    Yields:
        bytes: The chunks.
    """
    for start in range(0, len(data), size):
        yield data[start:start + size]


def walk_tree(root) -> Generator[str, None, int]:
    """Walk the tree.

    Args:
        root: The root.

    Returns:
        int: The count.

    Yields:
        str: The node name.
    """
    count = 0
    for node in root:
        count += 1
        yield node.name
    return count


def numbers():
    """Yield the numbers.

    Yields:
        The numbers.
    """
    yield 1
    return
