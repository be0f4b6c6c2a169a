match command:
    case [
        "go",
        direction
    ]:
        pass
    case Point(
        x=0,
        y=0
    ):
        pass
    case {
        "action": action,
        **rest
    }:
        pass
    case (
        first,
        second
    ):
        pass
