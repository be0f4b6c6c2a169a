"""Drives a command in a pseudo-terminal, as a person at a terminal would.

Usage: python3 pty_drive.py CWD PROMPT ANSWER... -- COMMAND ARG...
Waits for PROMPT to appear once more before typing each ANSWER (and Enter), then reads
until the command exits. Prints one JSON line: {"status": int, "output": str}.
"""
import json
import os
import pty
import select
import sys
import time


def main():
    separator = sys.argv.index("--")
    cwd, prompt, answers = sys.argv[1], sys.argv[2].encode(), sys.argv[3:separator]
    command = sys.argv[separator + 1:]
    pid, fd = pty.fork()
    if pid == 0:
        os.chdir(cwd)
        os.execvp(command[0], command)
    output = b""
    deadline = time.time() + 60
    asked = 0

    def read_some(timeout):
        nonlocal output
        ready, _, _ = select.select([fd], [], [], timeout)
        if not ready:
            return True
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # the command exited and the terminal closed
            return False
        if not chunk:
            return False
        output += chunk
        return True

    open_ = True
    for answer in answers:
        while open_ and output.count(prompt) <= asked and time.time() < deadline:
            open_ = read_some(0.2)
        asked += 1
        os.write(fd, answer.encode() + b"\r")
    while open_ and time.time() < deadline:
        open_ = read_some(0.2)
    _, status = os.waitpid(pid, 0)
    print(json.dumps({"status": os.waitstatus_to_exitcode(status), "output": output.decode("utf-8", "replace")}))


if __name__ == "__main__":
    main()
