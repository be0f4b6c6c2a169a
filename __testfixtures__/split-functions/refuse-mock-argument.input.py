from unittest import mock


class Scheduler:
    @mock.patch('time.monotonic')
    def run_with_fake_clock(self, jobs, clock):
        clock.return_value = 0
        self.started = True

        # Advance the clock through the jobs.
        for job in jobs:
            clock.return_value += job.duration
            job.finish()
        self.finished = True
