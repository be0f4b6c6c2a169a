def relay(host, dest_port, *msgs, **opts):
    return host, dest_port, msgs, opts
