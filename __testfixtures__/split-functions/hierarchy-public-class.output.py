"""Reports over a fleet of servers; applications subclass Report for their own."""

__all__ = ['Report']


class Report:
    """A report of a fleet: the names of its servers and how many are active."""

    def build(self, servers):
        names = []
        for server in servers:
            names.append(server.name)

        active = _count_active_servers(servers)

        return names, active


def _count_active_servers(servers):
    active = 0
    for server in servers:
        if server.active:
            active += 1
    return active


class _Summary:
    """The one-line summary of a report, for the log."""

    def build(self, servers):
        names = []
        for server in servers:
            names.append(server.name)

        active = self._count_running_servers(servers)

        return '%d servers, %d active' % (len(names), active)

    def _count_running_servers(self, servers):
        active = 0
        for server in servers:
            if server.running:
                active += 1
        return active
