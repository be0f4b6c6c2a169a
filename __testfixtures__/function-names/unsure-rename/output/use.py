from conf import conf


def show(config, event):
    print(conf.event_name(event))
    return config.event_name(event)
