class _NamespaceStack:
    def pushNamespaces(self, attributes):
        prefixes = {}
        for name, value in attributes.items():
            if name.startswith('xmlns:'):
                prefixes[name[6:]] = value

        self._discardDeclaredPrefixes(prefixes)

        return prefixes

    def _discardDeclaredPrefixes(self, prefixes):
        self.pending = []
        for prefix in prefixes:
            self.declared.discard(prefix)
            self.pending.append(prefix)
        self.count += len(prefixes)

    def popNamespaces(self):
        self.pending = []

    def currentDefault(self):
        return self.default
