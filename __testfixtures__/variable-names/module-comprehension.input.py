ROWS = [[1, 2], [3, 4]]
TOTALS = [sum(row) for idx, row in enumerate(ROWS) if idx]
FIRST = next(val for val in TOTALS)
if (cnt := len(TOTALS)) > 1:
    print(cnt)
