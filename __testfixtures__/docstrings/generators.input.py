from typing import Generator, Iterator


def iter_chunks(data: bytes, size: int) -> Iterator[bytes]:
    for start in range(0, len(data), size):
        yield data[start:start + size]


def walk_tree(root) -> Generator[str, None, int]:
    count = 0
    for node in root:
        count += 1
        yield node.name
    return count


def numbers():
    yield 1
    return
