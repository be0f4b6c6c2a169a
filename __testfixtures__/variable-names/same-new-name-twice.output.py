def walk(nodes):
    current = nodes[0]
    curr = nodes[1]
    return current, curr
