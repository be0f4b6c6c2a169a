def move_allocations(context, migration, allocations):
    source_rp_uuid = migration.source_node
    for rp in allocations:
        if rp == source_rp_uuid:
            continue
        context.claim(rp, source_rp_uuid)
