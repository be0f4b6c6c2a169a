class _Finder:
    def __init__(self, code):
        self.code = code

    def is_assigned_in_a_tuple_assignment(self, offset):
        line = self.code[: offset].rsplit("\n", 1)[-1]
        return "," in line and "=" in self.code[offset:].split("\n", 1)[0]
