class Connection:
    def __init__(self, socket):
        self.socket = socket

    def __del__(self):
        try:
            self.socket.close()
        except:
            pass
