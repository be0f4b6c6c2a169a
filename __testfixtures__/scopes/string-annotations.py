# With the stringAnnotations option, the names inside "Node" and "Node | None" are
# references to the class (checked by count in test/scopes.test.ts).
class Node:  # Node: module
    def link(self, other: "Node") -> "Node | None":  # link: Node; self: link; other: link
        return other  # other: link
