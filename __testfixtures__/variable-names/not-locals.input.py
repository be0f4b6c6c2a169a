import os

dest = os.environ.get("DEST")
tmp_dir = "/tmp"


class Mover:
    src_path = "/src"

    def move(self, path):
        global tmp_dir
        tmp_dir = path
        self.dest_path = dest
        return os.path.join(tmp_dir, self.src_path)


def connect(host):
    import socket as sock_mod
    from json import dumps as fmt_json

    def conn_factory():
        return sock_mod.create_connection(host)

    class ConnCfg:
        pass

    return conn_factory, ConnCfg, fmt_json


def relay(host, dest_port):
    return host, dest_port
