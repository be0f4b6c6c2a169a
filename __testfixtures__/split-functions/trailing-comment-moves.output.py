def test_finalizers(self):
    a = self.make()
    res = []

    _run_finalizers_in_order(res, a)

    self.assertEqual(res, ["A", "f1", "B"])


def _run_finalizers_in_order(res, a):
    """Run the finalizers in order."""
    res.append("A")
    a.finalize()  # => res.append('f1')
    res.append("B")  # last: nothing left to run
