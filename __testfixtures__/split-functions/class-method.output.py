class _Config:
    @classmethod
    def from_rows(cls, rows):
        values = {}
        names = []

        # Read every row.
        cls._read_every_row(rows, values, names)

        return cls(values, names)

    @classmethod
    def _read_every_row(cls, rows, values, names):
        for row in rows:
            values[row.key] = row.value
            names.append(row.key)
