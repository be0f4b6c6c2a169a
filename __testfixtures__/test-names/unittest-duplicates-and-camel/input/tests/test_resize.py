from tests import base


class ServerResizeTest(base.ServerTestBase):
    def testResizeToSameHost(self):
        super().testResizeToSameHost()

    def test_resize_to_other_host(self):
        resize_server('host2')
        self.assertTrue(wait_for_state_change('VERIFY_RESIZE'))

    def test_confirm(self):
        """Confirming keeps the new flavor."""
        self.assertTrue(confirm_resize())

    def test_resize_to_other_host(self):
        resize_server('host2')
        self.assertIn('host2', get_allocations())
