def test_finalizers(self):
    a = self.make()
    res = []

    # Run the finalizers in order.
    res.append("A")
    a.finalize()  # => res.append('f1')
    res.append("B")  # last: nothing left to run

    self.assertEqual(res, ["A", "f1", "B"])
