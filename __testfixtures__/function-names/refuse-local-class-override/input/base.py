class Base:
    def long_method_name(self):
        return "base"

    def run(self):
        return self.long_method_name()
