class _MigrationDriver:
    def migrate(self, instance_to_migrate, destination_compute_host):
        requested_destination = self.make_destination(destination_compute_host)
        self.check(instance_to_migrate, requested_destination)

        claim = self._reserve_resources(
            instance_to_migrate,
            requested_destination,
            destination_compute_host)

        if not claim.confirmed:
            raise RuntimeError(claim)
        return claim

    def _reserve_resources(
            self,
            instance_to_migrate,
            requested_destination,
            destination_compute_host):
        """Reserve the resources on the destination host."""
        claim = self.scheduler.claim(instance_to_migrate, requested_destination)
        claim.update(instance_to_migrate.flavor)
        claim.confirm(destination_compute_host)
        self.claims.append(claim)
        return claim
