import pkg as nx
from pkg.relabel import *


def renumber(graph):
    return nx.convert_node_labels_to_integers(graph)


def renumber_from_one(graph):
    return convert_node_labels_to_integers(graph, first_label=1)
