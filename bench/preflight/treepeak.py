#!/usr/bin/python3
"""Runs a command and writes the peak of its process tree's summed resident memory (kB).

    treepeak.py OUTFILE CMD [ARG ...]

/usr/bin/time's %M is the largest single process of the tree; a tool that runs one `ssh`
process per node (parallel-ssh) uses the sum of all of them at once. The tree under CMD
(CMD itself not counted: run.sh puts /usr/bin/time there) is read from /proc every 20 ms;
shared pages (libc, libcrypto) count once per process, as RSS does. Exits with CMD's status.
"""
import os
import subprocess
import sys
import time

PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024


def children(pid):
    found = []
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{tid}/children") as f:
                found += [int(c) for c in f.read().split()]
    except OSError:
        pass
    return found


def rss_kb(pid):
    try:
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[1]) * PAGE_KB
    except (OSError, IndexError, ValueError):
        return 0


def main():
    out, cmd = sys.argv[1], sys.argv[2:]
    proc = subprocess.Popen(cmd)
    peak = 0
    while proc.poll() is None:
        total, todo = 0, children(proc.pid)
        while todo:
            pid = todo.pop()
            total += rss_kb(pid)
            todo += children(pid)
        peak = max(peak, total)
        time.sleep(0.02)
    with open(out, "w") as f:
        f.write(f"{peak}\n")
    sys.exit(proc.returncode)


main()
