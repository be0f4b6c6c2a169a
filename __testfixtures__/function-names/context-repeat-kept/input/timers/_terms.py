class _AssocOp:
    @classmethod
    def collect_terms(cls, args):
        return list(args)


class _TensAdd(_AssocOp):
    def __init__(self, *args):
        self.args = _TensAdd._tens_add_collect_terms(args)

    @staticmethod
    def _tens_add_collect_terms(args):
        return sorted(args)
