def test_finalizers(self):
    a = self.make()
    res = []

    # Run the finalizers in order.
    _run_finalizers_in_order(res, a)

    self.assertEqual(res, ["A", "f1", "B"])


def _run_finalizers_in_order(res, a):
    res.append("A")
    a.finalize()  # => res.append('f1')
    res.append("B")  # last: nothing left to run
