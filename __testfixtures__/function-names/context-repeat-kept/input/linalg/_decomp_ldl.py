def _ldl_sanitize_pivots(pivots, lower=True):
    return [pivot for pivot in pivots if pivot]


def ldl(matrix, lower=True):
    pivots = _ldl_sanitize_pivots(matrix, lower)
    return pivots
