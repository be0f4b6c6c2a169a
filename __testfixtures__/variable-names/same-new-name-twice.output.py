def walk(nodes):
    configuration = nodes[0]
    conf = nodes[1]
    return configuration, conf
