class _Stats:
    @staticmethod
    def collect(rows):
        total = 0
        count = 0

        # Add the rows up.
        total, count = _Stats._add_rows_up(rows, total, count)

        return total / count

    @staticmethod
    def _add_rows_up(rows, total, count):
        for row in rows:
            total += row
            count += 1
        return total, count
