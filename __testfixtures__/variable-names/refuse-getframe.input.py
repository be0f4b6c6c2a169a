import sys


def caller_name():
    msg = "called"
    frame = sys._getframe(1)
    return msg, frame.f_code.co_name
