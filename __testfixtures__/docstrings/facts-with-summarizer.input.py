import os

from django.conf import settings


def connect(host, port=None, timeout=None):
    if timeout is None:
        timeout = settings.DEFAULT_TIMEOUT
    port = port or 5432
    return open_connection(host, port, timeout)


def notify(user, message):
    if not user.email:
        return
    send_mail(user.email, message)


def find_flavor(flavors, name):
    if name is None:
        return None
    for flavor in flavors:
        if flavor.name == name:
            return flavor
    raise LookupError(name)


def check_type(value, expected):
    if not isinstance(value, expected):
        raise TypeError(value)
    return value


def use_utc():
    os.environ["TZ"] = "UTC"
    return os.environ.get("LANG")


def load(path, strict=False):
    try:
        return parse(path, strict)
    except ValueError:
        raise ConfigError("cannot parse the configuration file") from None
