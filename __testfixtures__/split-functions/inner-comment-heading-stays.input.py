def release(instance, allocations, pci):
    claims = pci.claims_for(instance)
    host = instance.host

    # Free the instance's allocations.
    for allocation in allocations:
        allocation.free()
    # Free the PCI claims as well.
    for claim in claims:
        pci.free(claim)
    host.update()

    return host
