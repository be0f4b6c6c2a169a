class Mailer:
    def send(self, msg):
        return msg


class Pager:
    def send(self, msg, urgent=False):
        return (msg, urgent)


def notify():
    mailer = Mailer()
    mailer.send(msg="hi")
    pager = Pager()
    return pager.send(msg="hi", urgent=True)
