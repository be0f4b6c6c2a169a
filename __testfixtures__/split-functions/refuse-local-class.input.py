import dataclasses


def test_default_factory(self):
    self.check_fields()

    # Make a data class with a list field.
    @dataclasses.dataclass
    class C:
        items: list = dataclasses.field(default_factory=list)
    instance = C()

    self.assertEqual(repr(instance), "test_default_factory.<locals>.C(items=[])")
    self.assertEqual(instance.items, [])
