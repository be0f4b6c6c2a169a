def walk(nodes):
    cur = nodes[0]
    curr = nodes[1]
    return cur, curr
