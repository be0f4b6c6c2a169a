class Child(Base):
    def setup(self):
        def configure(options):
            merged = dict(options)
            merged.update(self.defaults)

            # Ask the base class.
            base = super().configure(merged)
            base.update(merged)

            return base
        return configure({})
