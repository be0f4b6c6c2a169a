def walk(nodes):
    previous = None
    count = 0
    for node in nodes:
        previous = _advance(node, previous)
        count += 1
    return count


def _advance(node, previous):
    node.previous = previous
    return node
