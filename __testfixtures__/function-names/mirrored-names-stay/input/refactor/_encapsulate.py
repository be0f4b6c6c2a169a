from ._worder import _Finder


class _FindChangesForModule:
    def __init__(self, code):
        self.worder = _Finder(code)

    def _is_assigned_in_a_tuple_assignment(self, offset):
        return self.worder.is_assigned_in_a_tuple_assignment(offset)

    def changes(self, offsets):
        for offset in offsets:
            if self._is_assigned_in_a_tuple_assignment(offset):
                raise ValueError("Cannot handle tuple assignments in encapsulate field.")
        return offsets
