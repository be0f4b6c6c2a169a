import subprocess

from nova import utils


def claim(flavor, context):
    req_cores = flavor.vcpus
    req_ram = flavor["memory_mb"]
    return req_cores, req_ram


def query(driver):
    conn = driver.conn_factory
    cnt = len(conn.tables)
    return cnt


def probe(self, host):
    conn = self.driver
    out, err = utils.execute("ping", "-c", "1", host)
    return conn.check(out, err)


def lookup(registry, key):
    req_spec = registry.build(key)
    return req_spec


def run(command):
    proc = subprocess.Popen(command)
    return proc.wait()


def bind(type_, dialect):
    proc = type_.bind_processor(dialect)
    return proc


def fetch(cursor):
    try:
        return cursor.fetchone()
    except OSError as err:
        raise RuntimeError(cursor) from err


def for_update(self, select):
    tmp = " FOR UPDATE"
    if select.nowait:
        tmp += " NOWAIT"
    return tmp


def signature(fn, os):
    pos_args = list(fn.args)
    lib_dir = os.path.abspath("lib/sqlalchemy")
    return pos_args, lib_dir
