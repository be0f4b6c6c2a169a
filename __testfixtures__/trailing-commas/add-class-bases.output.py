class Handler(
    Base,
    metaclass=Registry,
):
    pass
