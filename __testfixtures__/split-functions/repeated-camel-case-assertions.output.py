class _TransportProducer:
    paused = False

    def makeConnection(self, transport):
        self.transport = transport
        self.connectionMade()

    def pauseProducing(self):
        self._assertTransport()

        self.paused = True
        self.transport.pauseProducing()

    def _assertTransport(self):
        assert self.transport is not None
        assert not self.transport.disconnecting
        assert not self.transport.disconnected

    def resumeProducing(self):
        self._assertTransport()

        self.paused = False
        self.transport.resumeProducing()
