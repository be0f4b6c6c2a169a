def rebuild(self):
    # Check and report.
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
