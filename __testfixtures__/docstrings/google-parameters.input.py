from typing import Literal


def connect(host: str, port: int = 8080, *, timeout: "Timeout | None" = None) -> "Connection":
    return Connection(host, port, timeout)


def configure(mode: Literal["fast", "safe"], /, level: int | None = None, *args, **kwargs):
    apply(mode, level, *args, **kwargs)


def copy_tree(src_dir, dest_dir, follow_symlinks=True, dry_run: bool = False):
    for name in listing(src_dir):
        copy(name, dest_dir, follow_symlinks, dry_run)
