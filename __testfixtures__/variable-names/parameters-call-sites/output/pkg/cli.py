from pkg import transfer
from pkg.transfer import Mover, checksum, copy_file


def main():
    copy_file("a", destination_host="b", temporary_directory="/tmp")
    transfer.copy_file(source="a", destination_host="c")
    checksum(buffer=b"", algo="md5")
    Mover.move(Mover(), "x", destination="y")
    mover = Mover()
    return mover.move("x", destination="z")
