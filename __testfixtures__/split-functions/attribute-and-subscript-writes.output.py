class _Cache:
    def refresh(self, source):
        keys = source.keys()
        stamp = source.stamp

        self._copy_entries(keys, source, stamp)

        return len(keys)

    def _copy_entries(self, keys, source, stamp):
        for key in keys:
            self.entries[key] = source[key]
        self.stamp = stamp
