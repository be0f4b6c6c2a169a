def claim(flavor, context):
    req_cores = flavor.vcpus
    req_ram = flavor["memory_mb"]
    context.claim(req_cores, req_ram)
    return req_cores, req_ram
