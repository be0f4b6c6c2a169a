class _Config:
    @classmethod
    def from_rows(cls, rows):
        values = {}
        names = []

        # Read every row.
        for row in rows:
            values[row.key] = row.value
            names.append(row.key)

        return cls(values, names)
