"""Copying files between hosts."""


def copy_file(source, destination_host, *, temporary_directory=None):
    """Copy a file to another host.

    Args:
        source (str): The file to copy.
        destination_host (str): Where it goes; src stays.
        temporary_directory: Scratch space.

    Returns:
        The three of them.
    """
    return (source, destination_host, temporary_directory)


def checksum(buffer, algo="sha256"):
    """Checksum of a buffer.

    Parameters
    ----------
    buffer : bytes
        The data.
    algo : str
        The algorithm.
    """
    return (buffer, algo)


class Mover:
    def move(self, source, destination):
        """Move a file.

        :param source: From here.
        :param str destination: To there.
        :type destination: str
        """
        message = "moving"
        report = lambda: (message, destination)
        return copy_file(source, destination_host=destination), report

    def again(self):
        return self.move("a", destination="b")
