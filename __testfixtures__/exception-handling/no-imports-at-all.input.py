def stop(server):
    try:
        server.stop()
    except RuntimeError:
        pass
