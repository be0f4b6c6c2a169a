class _Server:
    @property
    def summary(self):
        parts = []
        name = self.name

        # Describe the addresses.
        text = self._describe_addresses(parts)

        return f'{name}: {text}'

    def _describe_addresses(self, parts):
        for address in self.addresses:
            parts.append(address.ip)
        return ', '.join(parts)
