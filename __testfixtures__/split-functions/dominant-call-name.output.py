class _Cluster:
    def bootstrap(self, spec):
        hosts = spec.hosts
        self.network = self.make_network(spec.cidr)

        self._start_computes(hosts, spec)

        if spec.scheduler:
            self.scheduler = self.make_scheduler(spec.scheduler)
        return self.network

    def _start_computes(self, hosts, spec):
        self._start_compute(hosts[0], spec.region)
        self._start_compute(hosts[1], spec.region)
        self._start_compute(hosts[2], spec.region)
        self._start_compute(hosts[3], spec.region)
