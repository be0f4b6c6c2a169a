import gc
import weakref


def test_values_die(self):
    target = Object(1)
    ref = weakref.ref(target)
    self.assertIs(ref(), target)

    # Drop the target and check the reference dies.
    del target
    gc.collect()
    self.assertIsNone(ref())
