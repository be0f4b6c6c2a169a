class _Duration:
    __slots__ = ("_days", "_seconds")

    def __new__(cls, days=0, seconds=0, weeks=0, minutes=0):
        if days < 0:
            raise ValueError(days)

        # Normalize everything to days and seconds.
        days += weeks * 7
        seconds += minutes * 60

        self = object.__new__(cls)
        self._days = days
        self._seconds = seconds
        return self
