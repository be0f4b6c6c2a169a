class Base:
    def resize_and_assert_error(self):
        return 1


class Child(Base):
    def resize_and_assert_error(self):
        return 2
