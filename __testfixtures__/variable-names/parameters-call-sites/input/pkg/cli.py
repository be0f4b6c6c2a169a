from pkg import transfer
from pkg.transfer import Mover, checksum, copy_file


def main():
    copy_file("a", dest_host="b", tmp_dir="/tmp")
    transfer.copy_file(src="a", dest_host="c")
    checksum(buf=b"", algo="md5")
    Mover.move(Mover(), "x", dest="y")
    mover = Mover()
    return mover.move("x", dest="z")
