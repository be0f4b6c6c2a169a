class Handler(
    Base,
    metaclass=Registry
):
    pass


class Single(
    Base
):
    pass
