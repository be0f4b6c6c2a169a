class Stats:
    @staticmethod
    def collect(rows):
        total = 0
        count = 0

        total, count = Stats._add_rows_up(rows, total, count)

        return total / count

    @staticmethod
    def _add_rows_up(rows, total, count):
        """Add the rows up."""
        for row in rows:
            total += row
            count += 1
        return total, count
