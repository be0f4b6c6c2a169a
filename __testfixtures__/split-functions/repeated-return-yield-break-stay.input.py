"""Readers of the queue."""


def first_ready(jobs, worker):
    worker.wake()

    # Pick the first ready job.
    for job in jobs:
        if job.ready:
            return job
    worker.idle()

    return None


def next_ready(jobs, worker):
    worker.wake()

    # Pick the first ready job.
    for job in jobs:
        if job.ready:
            return job
    worker.idle()

    worker.sleep()


def ready_jobs(jobs, worker):
    worker.wake()

    # Yield the ready jobs.
    for job in jobs:
        if job.ready:
            yield job
    worker.idle()

    worker.sleep()


def ready_jobs_again(jobs, worker):
    worker.wake()

    # Yield the ready jobs.
    for job in jobs:
        if job.ready:
            yield job
    worker.idle()

    worker.sleep()


def drain(queues, worker):
    for queue in queues:
        worker.wake()

        while queue:
            queue.pop()
        if worker.tired:
            break
        worker.rest()

        worker.sleep()
