def walk(nodes):
    previous = None
    count = 0
    for node in nodes:
        node.previous = previous
        previous = node
        count += 1
    return count
