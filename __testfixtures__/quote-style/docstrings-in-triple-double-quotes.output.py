"""Compute nodes and their allocations."""


class Allocation(object):
    """A share of a host's resources."""

    def release(self):
        r"""Release the share: matches \d+ in the host\'s name."""
        return self._host.free(self)

    def owner(self):
        """Return the server's "owner"."""
        return self._owner

    def quoted(self):
        'Return the name, "quoted"'
        return '"%s"' % self.name

    def formatted(self):
        f'{self.name} is no docstring.'
        return self.name
