"""Copying files between hosts."""


def copy_file(src, dest_host, *, tmp_dir=None):
    """Copy a file to another host.

    Args:
        src (str): The file to copy.
        dest_host (str): Where it goes; src stays.
        tmp_dir: Scratch space.

    Returns:
        The three of them.
    """
    return (src, dest_host, tmp_dir)


def checksum(buf, algo="sha256"):
    """Checksum of a buffer.

    Parameters
    ----------
    buf : bytes
        The data.
    algo : str
        The algorithm.
    """
    return (buf, algo)


class Mover:
    def move(self, src, dest):
        """Move a file.

        :param src: From here.
        :param str dest: To there.
        :type dest: str
        """
        msg = "moving"
        report = lambda: (msg, dest)
        return copy_file(src, dest_host=dest), report

    def again(self):
        return self.move("a", dest="b")
