class _TransportProducer:
    paused = False

    def makeConnection(self, transport):
        self.transport = transport
        self.connectionMade()

    def pauseProducing(self):
        assert self.transport is not None
        assert not self.transport.disconnecting
        assert not self.transport.disconnected

        self.paused = True
        self.transport.pauseProducing()

    def resumeProducing(self):
        assert self.transport is not None
        assert not self.transport.disconnecting
        assert not self.transport.disconnected

        self.paused = False
        self.transport.resumeProducing()
