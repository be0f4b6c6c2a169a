import pkg


def lengths(graph):
    return pkg.single_source_path_length(graph, 0)
