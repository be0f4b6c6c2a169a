import logging


class SyslogHandler(logging.Handler):
    def emit(self, record):
        try:
            self.send(self.format(record))
        except Exception:
            pass
