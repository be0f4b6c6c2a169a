class _Store:
    def load(self, path):
        if not path:
            raise ValueError("load needs a path; call load(path) again")

        self._read_records_from_file(path)

    def _read_records_from_file(self, path):
        stream = open(path)
        records = stream.read().split()
        self.records = records
