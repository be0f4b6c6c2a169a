class Server:
    def __init__(self, name):
        # Keep name for later use.
        self.name = name

        pass

    def __del__(self):
        self.close()

        return
