import enum  # enum: module


class Color(enum.Enum):  # Color: module; enum: module
    RED = 1  # RED: Color


def describe(command):  # describe: module; command: describe
    match command:  # command: describe
        case Color.RED:  # Color: module
            return "red"
        case {"name": name, **extra}:  # name: describe; extra: describe
            return name, extra  # name: describe; extra: describe
        case [first, *others] as whole:  # first: describe; others: describe; whole: describe
            return first, others, whole  # first: describe; others: describe; whole: describe
        case Point(x=horizontal) if horizontal > 0:  # Point: unresolved; horizontal: describe, describe
            return horizontal  # horizontal: describe
