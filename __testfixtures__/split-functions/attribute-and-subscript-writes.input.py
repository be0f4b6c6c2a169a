class _Cache:
    def refresh(self, source):
        keys = source.keys()
        stamp = source.stamp

        # Copy the entries.
        for key in keys:
            self.entries[key] = source[key]
        self.stamp = stamp

        return len(keys)
