def stop(server):
    try:
        server.stop()
    except Exception:
        pass
