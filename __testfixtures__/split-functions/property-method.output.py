class Server:
    @property
    def summary(self):
        parts = []
        name = self.name

        text = self._describe_addresses(parts)

        return f'{name}: {text}'

    def _describe_addresses(self, parts):
        """Describe the addresses."""
        for address in self.addresses:
            parts.append(address.ip)
        text = ', '.join(parts)
        return text
