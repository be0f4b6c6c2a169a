import os_helper
import threading


class ConnectionTest(TestCase):
    def setUp(self):
        # Keep errors for later use and initialize buffer.
        self.errors = errors
        self.buffer = ""

        # Unlink the filename on clean-up.
        self.addCleanup(os_helper.unlink, filename)

        # Create an RLock and a call list.
        self._lock = threading.RLock()
        self.mock_calls = _CallList()

        self._state = _State.CREATED

    def tearDown(self):
        # Close the loop.
        self.loop.close()
        self.loop = None

        self.cur.close()
        self.con.close()

        Equal(engine.isre(), False)
        engine.revar.set(1)
