import sys

from twisted.python import usage


def run(argv):
    config = usage.Options()
    try:
        config.parseOptions(argv[1:])
    except usage.error as ue:
        raise SystemExit(f"{argv[0]}: {ue}")


def convert(value, targetType):
    try:
        return targetType(value)
    except ValueError as e:
        raise targetType.Error(str(e)).with_traceback(e.__traceback__)


if __name__ == "__main__":
    run(sys.argv)
