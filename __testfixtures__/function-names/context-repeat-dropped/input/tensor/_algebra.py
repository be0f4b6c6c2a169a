class TensAdd:
    def __init__(self, *args):
        self.args = TensAdd._tens_add_collect_terms(list(args))

    @staticmethod
    def _tens_add_collect_terms(args):
        terms = {}
        for coefficient, term in args:
            terms[term] = terms.get(term, 0) + coefficient
        return [(coefficient, term) for term, coefficient in terms.items() if coefficient]
