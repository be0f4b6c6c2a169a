import os

from django.conf import settings


def connect(host, port=None, timeout=None):
    """Summarize the function connect of facts-with-summarizer.py (5 lines,
    google style).

    Signature: def connect(host, port=None, timeout=None).

    Args:
        port: If None or empty, 5432 is used.
        timeout: If None, settings.DEFAULT_TIMEOUT is used.
    """
    if timeout is None:
        timeout = settings.DEFAULT_TIMEOUT
    port = port or 5432
    return open_connection(host, port, timeout)


def notify(user, message):
    """Summarize the function notify of facts-with-summarizer.py (4 lines,
    google style).

    Signature: def notify(user, message).

    Do nothing if user.email is not set.
    """
    if not user.email:
        return
    send_mail(user.email, message)


def find_flavor(flavors, name):
    """Summarize the function find_flavor of facts-with-summarizer.py (7 lines,
    google style).

    Signature: def find_flavor(flavors, name).

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
    """Summarize the function check_type of facts-with-summarizer.py (4 lines,
    google style).

    Signature: def check_type(value, expected).

    Raises:
        TypeError
    """
    if not isinstance(value, expected):
        raise TypeError(value)
    return value


def use_utc():
    """Summarize the function use_utc of facts-with-summarizer.py (3 lines,
    google style).

    Signature: def use_utc().

    Change the TZ environment variable. Read the LANG environment variable.
    """
    os.environ["TZ"] = "UTC"
    return os.environ.get("LANG")


def load(path, strict=False):
    """Summarize the function load of facts-with-summarizer.py (5 lines, google
    style).

    Signature: def load(path, strict=False).

    Raises:
        ConfigError: Cannot parse the configuration file.
    """
    try:
        return parse(path, strict)
    except ValueError:
        raise ConfigError("cannot parse the configuration file") from None
