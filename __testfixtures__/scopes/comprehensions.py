rows = [[1, 2], [3]]  # rows: module
row = None  # row: module
flat = [cell for row in rows for cell in row]  # flat: module; cell: comprehension, comprehension; row: comprehension, comprehension; rows: module


def pairs(rows):  # pairs: module; rows: pairs
    return {key: value for key, value in rows if value}  # key: comprehension, comprehension; value: comprehension, comprehension, comprehension; rows: pairs
