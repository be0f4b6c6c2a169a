from tests import base


class ServerResizeTest(base.ServerTestBase):
    def test_resize_to_same_host(self):
        super().test_resize_to_same_host()

    def test_resize_to_other_host_wait_state_change(self):
        resize_server('host2')
        self.assertTrue(wait_for_state_change('VERIFY_RESIZE'))

    def test_confirm(self):
        """Confirming keeps the new flavor."""
        self.assertTrue(confirm_resize())

    def test_resize_to_other_host(self):
        resize_server('host2')
        self.assertIn('host2', get_allocations())
