class _Stats:
    @staticmethod
    def collect(rows):
        total = 0
        count = 0

        # Add the rows up.
        for row in rows:
            total += row
            count += 1

        return total / count
