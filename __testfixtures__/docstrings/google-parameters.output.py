from typing import Literal


def connect(host: str, port: int = 8080, *, timeout: "Timeout | None" = None) -> "Connection":
    """Connect to the host.

    Args:
        host (str): The host.
        port (int): The port. Defaults to 8080.
        timeout ("Timeout | None"): The timeout. Defaults to None.

    Returns:
        "Connection": The connection.
    """
    return Connection(host, port, timeout)


def configure(mode: Literal["fast", "safe"], /, level: int | None = None, *args, **kwargs):
    """Configure the mode.

    Args:
        mode (Literal["fast", "safe"]): The mode.
        level (int | None): The level. Defaults to None.
        *args: Additional positional arguments.
        **kwargs: Additional keyword arguments.
    """
    apply(mode, level, *args, **kwargs)


def copy_tree(src_dir, dest_dir, follow_symlinks=True, dry_run: bool = False):
    """Copy the tree.

    Args:
        src_dir: The source directory.
        dest_dir: The destination directory.
        follow_symlinks: Whether to follow symbolic links. Defaults to True.
        dry_run (bool): The dry run flag. Defaults to False.
    """
    for name in listing(src_dir):
        copy(name, dest_dir, follow_symlinks, dry_run)
