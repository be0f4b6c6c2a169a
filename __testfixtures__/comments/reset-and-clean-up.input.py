import os_helper
import threading


class ConnectionTest(TestCase):
    def setUp(self):
        self.errors = errors
        self.buffer = ""

        self.addCleanup(os_helper.unlink, filename)

        self._lock = threading.RLock()
        self.mock_calls = _CallList()

        self._state = _State.CREATED

    def tearDown(self):
        self.loop.close()
        self.loop = None

        self.cur.close()
        self.con.close()

        Equal(engine.isre(), False)
        engine.revar.set(1)
