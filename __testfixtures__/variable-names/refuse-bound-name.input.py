def route(packet):
    destination = packet.gateway
    dest = packet.target
    return destination or dest
