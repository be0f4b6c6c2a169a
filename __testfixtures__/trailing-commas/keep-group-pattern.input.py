match command:
    case (
        "stop" | "halt"
    ):
        pass
