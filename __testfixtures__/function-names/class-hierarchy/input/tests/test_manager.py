from unittest import mock

from compute import manager


class TestManager:
    @mock.patch('compute.manager.BaseManager._resize_and_assert_error')
    def test_run(self, resize):
        with mock.patch.object(manager.ComputeManager, '_resize_and_assert_error'):
            manager.ComputeManager().run(None)
