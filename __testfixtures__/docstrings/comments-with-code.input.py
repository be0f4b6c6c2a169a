class Concat:
    def _paired(self, expressions):
        # wrap pairs of expressions in successive concat functions
        # exp = [a, b, c, d]
        # -> ConcatPair(a, ConcatPair(b, ConcatPair(c, d))))
        if len(expressions) == 2:
            return ConcatPair(*expressions)
        return ConcatPair(expressions[0], self._paired(expressions[1:]))


def split_header(value):
    # Split a header into its parts, the way the client sends them:
    # split_header("a, b") == ["a", "b"]
    return [part.strip() for part in value.split(",")]


class ConcatPair:
    def __init__(self, left, right):
        self.left = left
        self.right = right
