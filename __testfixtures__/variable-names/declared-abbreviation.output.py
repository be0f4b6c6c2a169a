def move(server, placement):
    destination_host = server.host
    source_resource_provider_uuid = placement.source_provider_uuid
    dest_rp_uuid = placement.target_provider_uuid
    return destination_host, source_resource_provider_uuid, dest_rp_uuid
