import queue

PENDING = queue.Queue()


def flush_queue():
    while not PENDING.empty():
        PENDING.get_nowait()
