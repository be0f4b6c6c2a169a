def _instance_get_all_by_host(context, host):
    return context.query(host).all()


def _validate_and_default_volume_size(bdm):
    return bdm


def _instance_is_not_a_shelved_one(instance):
    return not instance.shelved


def _refresh(context, host, bdm):
    _validate_and_default_volume_size(bdm)
    return _instance_get_all_by_host(context, host)
