import logging
import os

LOG = logging.getLogger(__name__)


def flavor_for(cache, name):
    # A lookup that falls back: the KeyError is the normal "not there yet" path.
    try:
        flavor = cache[name]
    except KeyError as e:
        flavor = cache[name] = load_flavor(name)
    return flavor


def port_of(text):
    try:
        return int(text)
    except ValueError:
        pass
    return None


def remove_lock(path):
    try:
        os.remove(path)
    except FileNotFoundError:
        pass


def forget(servers, server_id):
    try:
        servers.remove(server_id)
    except (ValueError, KeyError):
        pass
