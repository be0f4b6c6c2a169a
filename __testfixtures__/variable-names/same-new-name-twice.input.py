def walk(nodes):
    cfg = nodes[0]
    conf = nodes[1]
    return cfg, conf
