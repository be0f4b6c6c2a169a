def stop(server):
    try:
        server.stop()
    except RuntimeError:
        # Already stopped: nothing to do.
        pass
