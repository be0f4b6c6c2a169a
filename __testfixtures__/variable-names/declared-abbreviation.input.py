def move(server, placement):
    dest_host = server.host
    source_rp_uuid = placement.source_provider_uuid
    dest_rp_uuid = placement.target_provider_uuid
    return dest_host, source_rp_uuid, dest_rp_uuid
