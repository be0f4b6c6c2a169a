from pkg.relabel import *


def relabel_to_integers(graph):
    return list(graph)


def renumber(graph):
    return convert_node_labels_to_integers(graph)
