def claim(flavor, context):
    requested_cores = flavor.vcpus
    requested_ram = flavor["memory_mb"]
    context.claim(requested_cores, requested_ram)
    return requested_cores, requested_ram
