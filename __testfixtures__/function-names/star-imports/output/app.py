import pkg as nx
from pkg.relabel import *


def renumber(graph):
    return nx.relabel_to_integers(graph)


def renumber_from_one(graph):
    return relabel_to_integers(graph, first_label=1)
