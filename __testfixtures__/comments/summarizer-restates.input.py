def rebuild(self):
    self.clear()
    self.fill()

    self.check()
    self.report()

    self.check()
    self.report()

    self.check()
    self.report()

    self.check()
    self.report()
    return self
