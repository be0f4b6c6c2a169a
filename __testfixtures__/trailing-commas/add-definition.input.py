def connect(
    host: str,
    port: int = 8080
) -> None:
    pass
