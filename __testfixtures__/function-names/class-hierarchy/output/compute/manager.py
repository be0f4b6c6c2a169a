class BaseManager:
    def _resize_error(self, server):
        return self._check(server)

    def _check(self, server):
        return server


class ComputeManager(BaseManager):
    def _resize_error(self, server):
        result = super()._resize_error(server)
        return result

    def run(self, server):
        return self._resize_error(server)


def build():
    manager = ComputeManager()
    return manager._resize_error(None), ComputeManager._resize_error
