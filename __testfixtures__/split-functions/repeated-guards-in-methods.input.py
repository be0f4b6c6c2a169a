"""Layouts that place the nodes of a graph along an axis."""


class AxisLayout:
    def __init__(self, scale=1.0):
        self.scale = scale

    def bipartite(self, graph, top, align="vertical"):
        if align not in ("vertical", "horizontal"):
            message = "align must be either vertical or horizontal."
            raise ValueError(message)

        bottom = [node for node in graph if node not in top]
        return self._place([top, bottom], align)

    def multipartite(self, graph, layers, align="vertical"):
        if align not in ("vertical", "horizontal"):
            message = "align must be either vertical or horizontal."
            raise ValueError(message)

        return self._place(layers, align)

    def _place(self, layers, align):
        positions = {}
        for depth, layer in enumerate(layers):
            for offset, node in enumerate(layer):
                point = (depth * self.scale, offset * self.scale)
                positions[node] = point if align == "vertical" else point[::-1]
        return positions
