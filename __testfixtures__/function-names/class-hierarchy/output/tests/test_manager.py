from unittest import mock

from compute import manager


class TestManager:
    @mock.patch('compute.manager.BaseManager._resize_error')
    def test_run(self, resize):
        with mock.patch.object(manager.ComputeManager, '_resize_error'):
            manager.ComputeManager().run(None)
