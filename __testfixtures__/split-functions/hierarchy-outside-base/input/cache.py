"""A small cache client."""
import time

clock = time


class Client:
    def __init__(self, address):
        self.address = address
        self.values = {}

    def flush(self):
        self.values.clear()

    def set(self, key, value, ttl):
        self.values[key] = (value, ttl)

    def get(self, key):
        return self.values.get(key, (None, 0))[0]

    def expire(self):
        self.values = {key: item for key, item in self.values.items() if item[1] > 1}

    def compact(self):
        self.values = dict(self.values)

    def flush_log(self):
        self.log = []
