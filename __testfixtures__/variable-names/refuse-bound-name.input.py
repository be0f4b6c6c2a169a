def route(packet):
    destination = packet.gateway
    dest = packet.destination_address
    return destination or dest
