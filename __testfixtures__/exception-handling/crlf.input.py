def stop(server):
    try:
        server.stop()
    except:
        pass
