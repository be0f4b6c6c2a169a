class Server:
    def __init__(self, name):
        self.name = name

        pass

    def __del__(self):
        self.close()

        return
