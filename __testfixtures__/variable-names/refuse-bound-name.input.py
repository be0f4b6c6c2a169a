def route(packet):
    destination = packet.gateway
    dest = packet.dest_address
    return destination or dest
