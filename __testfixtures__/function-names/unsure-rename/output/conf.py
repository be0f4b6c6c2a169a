class Conf:
    def event_name(self, event):
        return event.upper()


conf = Conf()
