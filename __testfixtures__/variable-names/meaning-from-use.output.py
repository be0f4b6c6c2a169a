import subprocess

from nova import utils


def claim(flavor, context):
    requested_cores = flavor.vcpus
    requested_ram = flavor["memory_mb"]
    request_id = context.request_id
    return requested_cores, requested_ram, request_id


def query(driver):
    connection = driver.conn_factory
    count = len(connection.tables)
    return count


def probe(self, host):
    conn = self.driver
    out, err = utils.execute("ping", "-c", "1", host)
    return conn.check(out, err)


def lookup(registry, key):
    req_spec = registry.build(key)
    return req_spec


def run(command):
    process = subprocess.Popen(command)
    return process.wait()


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
    positional_args = list(fn.args)
    lib_dir = os.path.abspath("lib/sqlalchemy")
    return positional_args, lib_dir
