class Outer:
    class Inner:
        @staticmethod
        def total(rows):
            result = 0
            count = 0

            # Add the rows up.
            for row in rows:
                result += row
                count += 1

            return result, count
