class Conf:
    def get_name_for_event(self, event):
        return event.upper()


conf = Conf()
