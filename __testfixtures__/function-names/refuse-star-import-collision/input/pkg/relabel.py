__all__ = ["convert_node_labels_to_integers"]


def convert_node_labels_to_integers(graph, first_label=0):
    return {node: first_label + number for number, node in enumerate(graph)}
