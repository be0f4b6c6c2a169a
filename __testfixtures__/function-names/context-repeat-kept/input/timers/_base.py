class _TimerBase:
    def start(self, interval=None):
        if interval is not None:
            self._timer_set_interval_now(interval)
        self._timer_start_all_callbacks()

    def _timer_start_all_callbacks(self):
        """Backends start their native timer here."""

    def _timer_set_interval_now(self, interval):
        self.interval = interval


class _DateTimeCheckMixin:
    def check(self):
        return _DateTimeCheckMixin._check_fix_default_value(self)

    def _check_fix_default_value(self):
        return []


class _KroneckerProduct:
    def __add__(self, other):
        return _KroneckerProduct._kronecker_add(self, other)

    @staticmethod
    def _kronecker_add(first, second):
        return (first, second)
