class _NamespaceStack:
    def pushNamespaces(self, attributes):
        prefixes = {}
        for name, value in attributes.items():
            if name.startswith('xmlns:'):
                prefixes[name[6:]] = value

        # Discard the declared prefixes.
        self.pending = []
        for prefix in prefixes:
            self.declared.discard(prefix)
            self.pending.append(prefix)
        self.count += len(prefixes)

        return prefixes

    def popNamespaces(self):
        self.pending = []

    def currentDefault(self):
        return self.default
