class ConfigError(Exception):
    pass


def read(text):
    try:
        return int(text)
    except ValueError as error:
        raise ConfigError("not a number: %s" % text)
