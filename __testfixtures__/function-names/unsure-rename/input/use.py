from conf import conf


def show(config, event):
    print(conf.get_name_for_event(event))
    return config.get_name_for_event(event)
