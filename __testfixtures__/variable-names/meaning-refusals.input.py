import subprocess
from typing import NewType


def run(command):
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = proc.communicate()
    return out, err


def ratio(x):
    num, den = x.as_integer_ratio()
    return num / den


def kinds():
    Msg = NewType('Msg', str)
    return Msg
