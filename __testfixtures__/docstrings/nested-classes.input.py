class Outer:
    class Inner:
        def get_value(self):
            return self.value

    class Meta:
        ordering = ["name"]
