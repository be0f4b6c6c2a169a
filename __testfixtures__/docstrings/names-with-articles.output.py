def _is_kw_only(a_type, dataclasses):
    """Return whether a type is kw only.

    Args:
        a_type: A type.
        dataclasses: The dataclasses.

    Returns:
        Whether a type is kw only.
    """
    return a_type is dataclasses.KW_ONLY


class InitVar:
    """An initialization var."""
    pass


def init_db(path):
    """Initialize the database.

    Args:
        path: The path.
    """
    connect(path)
