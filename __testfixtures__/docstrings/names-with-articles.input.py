def _is_kw_only(a_type, dataclasses):
    return a_type is dataclasses.KW_ONLY


class InitVar:
    pass


def init_db(path):
    connect(path)
