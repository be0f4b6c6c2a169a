value = table[row, column]
Mapping = Dict[str, int]
