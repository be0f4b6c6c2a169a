class Base:
    def send(self, msg):
        return msg


class Loud(Base):
    def send(self, msg):
        return msg.upper()
