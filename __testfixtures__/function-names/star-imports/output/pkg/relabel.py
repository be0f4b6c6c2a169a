__all__ = ["relabel_to_integers"]


def relabel_to_integers(graph, first_label=0):
    return {node: first_label + number for number, node in enumerate(graph)}
