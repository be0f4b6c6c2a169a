class _Server:
    @property
    def summary(self):
        parts = []
        name = self.name

        # Describe the addresses.
        for address in self.addresses:
            parts.append(address.ip)
        text = ', '.join(parts)

        return f'{name}: {text}'
