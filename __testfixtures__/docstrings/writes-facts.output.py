import os

from django.conf import settings


def connect(host, port=None, timeout=None):
    """Connect to the host.

    Args:
        port: If None or empty, 5432 is used.
        timeout: If None, settings.DEFAULT_TIMEOUT is used.
    """
    if timeout is None:
        timeout = settings.DEFAULT_TIMEOUT
    port = port or 5432
    return open_connection(host, port, timeout)


def notify(user, message):
    """Notify the user.

    Do nothing if user.email is not set.
    """
    if not user.email:
        return
    send_mail(user.email, message)


def find_flavor(flavors, name):
    """Find the flavor.

    Return None if name is None.

    Raises:
        LookupError
    """
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
    """Use the UTC.

    Change the TZ environment variable. Read the LANG environment variable.
    """
    os.environ["TZ"] = "UTC"
    return os.environ.get("LANG")


def load(path, strict=False):
    """Load the path.

    Raises:
        ConfigError: Cannot parse the configuration file.
    """
    try:
        return parse(path, strict)
    except ValueError:
        raise ConfigError("cannot parse the configuration file") from None
