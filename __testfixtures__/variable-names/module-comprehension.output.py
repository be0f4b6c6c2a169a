ROWS = [[1, 2], [3, 4]]
TOTALS = [sum(row) for index, row in enumerate(ROWS) if index]
FIRST = next(value for value in TOTALS)
if (cnt := len(TOTALS)) > 1:
    print(cnt)
