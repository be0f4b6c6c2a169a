import subprocess


def run(command):
    process = subprocess.Popen(command)
    return process.wait()
