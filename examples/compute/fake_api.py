import time

from compute import exceptions


class FakeComputeAPI(object):
    def __init__(self, hosts):
        self.hosts = hosts
        self.servers = {}
        self.allocations = {}

    def create_server(self, name, flavor, host):
        server = {'id': name, 'flavor': flavor, 'host': host, 'status': 'ACTIVE'}
        self.servers[name] = server
        self.allocations[name] = {host: dict(flavor)}
        return server

    def get_server(self, server_id):
        return self.servers[server_id]

    def resize_server(self, server_id, flavor, dest_host):
        server = self.servers[server_id]
        if dest_host not in self.hosts:
            server['status'] = 'ERROR'
            raise exceptions.ResizeError('no such host: %s' % dest_host)
        self.allocations[server_id][dest_host] = dict(flavor)
        server['host'] = dest_host
        server['status'] = 'VERIFY_RESIZE'

    def get_allocations(self, server_id):
        return self.allocations.get(server_id, {})

    def plug_vifs(self, server_id):
        raise exceptions.VirtualInterfaceCreateException(server_id)


def wait_until(predicate, timeout=10.0, interval=0.1):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return False
