def render(rows):
    def cell(val):
        return str(val)

    cell(val=0)
    return list(map(cell, rows))


def tabulate(rows, options):
    def cell(val):
        return str(val)

    return [cell(row, **options) for row in rows]
