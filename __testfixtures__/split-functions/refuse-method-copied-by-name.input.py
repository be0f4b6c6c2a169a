import unittest


class OrderedTests(unittest.TestCase):
    def test_update(self):
        od = dict()
        od.update(a=1)

        # check the keys after an update
        keys = list(od)
        self.assertEqual(keys, ['a'])
        self.assertEqual(len(od), 1)


class BuiltinTests(unittest.TestCase):
    pass


for name in "test_update".split():
    setattr(BuiltinTests, name, getattr(OrderedTests, name))
