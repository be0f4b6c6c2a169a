def move_allocations(context, migration, allocations):
    source_resource_provider_uuid = migration.source_node
    for resource_provider in allocations:
        if resource_provider == source_resource_provider_uuid:
            continue
        context.claim(resource_provider, source_resource_provider_uuid)
