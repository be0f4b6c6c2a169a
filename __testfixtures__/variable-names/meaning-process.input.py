import subprocess


def run(command):
    proc = subprocess.Popen(command)
    return proc.wait()
