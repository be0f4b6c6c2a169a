class _MigrationDriver:
    def migrate(self, instance_to_migrate, destination_compute_host):
        requested_destination = self.make_destination(destination_compute_host)
        self.check(instance_to_migrate, requested_destination)

        # Reserve the resources on the destination host.
        claim = self.scheduler.claim(instance_to_migrate, requested_destination)
        claim.update(instance_to_migrate.flavor)
        claim.confirm(destination_compute_host)
        self.claims.append(claim)

        if not claim.confirmed:
            raise RuntimeError(claim)
        return claim
