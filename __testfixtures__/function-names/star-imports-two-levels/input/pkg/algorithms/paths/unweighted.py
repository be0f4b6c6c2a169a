__all__ = ["single_source_path_length"]


def single_source_path_length(graph, source):
    return {source: 0}
