def lookup(
    table: Dict[
        str,
        int
    ],
) -> None:
    pass
