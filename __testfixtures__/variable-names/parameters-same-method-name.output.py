class Mailer:
    def send(self, message):
        return message


class Pager:
    def send(self, message, urgent=False):
        return (message, urgent)


def notify():
    mailer = Mailer()
    mailer.send(message="hi")
    pager = Pager()
    return pager.send(message="hi", urgent=True)
