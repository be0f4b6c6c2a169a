class _Store:
    def load(self, path):
        if not path:
            raise ValueError("load needs a path; call load(path) again")

        # read the records from the file
        stream = open(path)
        records = stream.read().split()
        self.records = records
