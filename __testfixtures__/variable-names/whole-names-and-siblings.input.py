def migrate(instance, dest_hostname, migration):
    dest_rp_uuid = migration.dest_compute_rp
    dest_node = instance.node
    return dest_hostname, dest_rp_uuid, dest_node


def copy_file(paths):
    src_path = paths[0]
    dst_path = paths[1]
    return src_path, dst_path


def forward(client, body):
    req = client.build(body)
    resp = client.post(req)
    res = resp.json()
    return res


def move(server):
    dest_host = server.host
    dest_port = server.port
    return dest_host, dest_port
