import unittest

from compute import exceptions
from compute import fake_api


class ServerResizeTest(unittest.TestCase):

    def setUp(self):
        super(ServerResizeTest, self).setUp()
        self.api = fake_api.FakeComputeAPI(hosts=['host1', 'host2'])
        self.flavor1 = {'vcpus': 1, 'ram': 512, 'disk': 1}
        self.flavor2 = {'vcpus': 2, 'ram': 1024, 'disk': 2,}
        self.server = self.api.create_server('server1', self.flavor1, 'host1')

    def _wait_for_state_change(self, server, expected_status):
        found = fake_api.wait_until(
            lambda: self.api.get_server(server['id'])['status'] == expected_status,
            timeout=5
        )
        self.assertTrue(found)
        return self.api.get_server(server['id'])

    def _resize_and_assert_error(self, server, dest_host):
        try:
            self.api.resize_server(server['id'], self.flavor2, dest_host)
        except exceptions.ResizeError:
            pass
        return self._wait_for_state_change(server, 'ERROR')

    def _plug_vifs_quietly(self, server):
        try:
            self.api.plug_vifs(server['id'])
        except exceptions.VirtualInterfaceCreateException as e:
            pass
        except:
            pass

    def test_finish_resize_fails_allocation_cleanup(self):
        source_rp_uuid = 'rp-host1'
        dest_host = 'host3'
        server = self._resize_and_assert_error(self.server, dest_host)
        self.assertEqual('ERROR', server['status'])

        # Check that the allocations on the destination host are cleaned up.
        allocs = self.api.get_allocations(server['id'])
        self.assertIn('host1', allocs)
        self.assertNotIn(dest_host, allocs)
        self.assertEqual(self.flavor1, allocs['host1'])
        self.assertEqual('rp-host1', source_rp_uuid)
        msg = 'allocation for %s should be cleaned up' % dest_host
        self.assertEqual(1, len(allocs), msg)

        # Plug the VIFs and make sure the server stays on its source host.
        self._plug_vifs_quietly(server)
        server = self.api.get_server(server['id'])
        self.assertEqual('host1', server['host'])
        self.assertEqual(self.flavor1, server['flavor'])

        flavors = [self.flavor1, self.flavor2]
        self.assertEqual(2, len(flavors))
        self.assertNotEqual(flavors[0], flavors[1])

    def testResizeToSameHost(self):
        self.api.resize_server(self.server['id'], self.flavor2, 'host1')
        server = self._wait_for_state_change(self.server, 'VERIFY_RESIZE')
        self.assertEqual('host1', server['host'])

    def test_resize_to_other_host(self):
        self.api.resize_server(self.server['id'], self.flavor2, 'host2')
        server = self._wait_for_state_change(self.server, 'VERIFY_RESIZE')
        self.assertEqual('host2', server['host'])

    def test_resize_to_other_host(self):
        self.api.resize_server(self.server['id'], self.flavor2, 'host2')
        self.assertIn('host2', self.api.get_allocations(self.server['id']))


if __name__ == '__main__':
    unittest.main()
