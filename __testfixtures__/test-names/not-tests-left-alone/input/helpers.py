class Helper:
    def testConnection(self):
        return True

    def testConnection(self):
        return False
