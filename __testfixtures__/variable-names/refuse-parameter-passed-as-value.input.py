def on_done(msg):
    return msg


def run(worker):
    worker.start(callback=on_done)
    return on_done(msg="started")
