import pkg


def lengths(graph):
    return pkg.path_lengths_from(graph, 0)
