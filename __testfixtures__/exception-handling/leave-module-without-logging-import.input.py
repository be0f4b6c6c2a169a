import socket

from .wait import wait_for_read


def _has_ipv6(host):
    sock = None
    has_ipv6 = False
    if socket.has_ipv6:
        try:
            sock = socket.socket(socket.AF_INET6)
            sock.bind((host, 0))
            has_ipv6 = True
        except Exception:
            pass
    if sock:
        sock.close()
    return has_ipv6


def is_connection_dropped(conn):
    sock = getattr(conn, "sock", False)
    try:
        return wait_for_read(sock, timeout=0.0)
    except Exception:
        pass
    return False
