from base import Base


def make():
    class Child(Base):
        def long_method_name(self):
            return "child"

    return Child()
