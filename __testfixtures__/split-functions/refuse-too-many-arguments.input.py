def place(server, hosts, flavor, image, zone):
    chosen = None
    weights = {}

    # Choose the host for the server.
    for host in hosts:
        if host.zone == zone and host.fits(flavor) and host.has(image):
            weights[host.name] = host.free_ram - flavor.ram
            chosen = host if chosen is None or weights[host.name] > weights[chosen.name] else chosen
    server.host = chosen

    return chosen
