def lookup(names: tuple[str,], ages: list[
    int
]) -> None:
    pass
