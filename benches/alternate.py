#!/usr/bin/env python3
"""Median wall time of commands run in alternation (A B C A B C ...), so that drift in the
machine's speed hits every command alike. Prints one median in seconds per command.

Usage: alternate.py RUNS 'cmd one' 'cmd two' ...   (commands are split on spaces; stdout to /dev/null)
"""
import os
import statistics
import sys
import time

runs = int(sys.argv[1])
commands = [c.split() for c in sys.argv[2:]]
devnull = os.open(os.devnull, os.O_WRONLY)
times = [[] for _ in commands]
for index in range(runs + 10):
    for which, argv in enumerate(commands):
        start = time.perf_counter_ns()
        pid = os.posix_spawn(argv[0], argv, os.environ, file_actions=[(os.POSIX_SPAWN_DUP2, devnull, 1)])
        _, status = os.waitpid(pid, 0)
        elapsed = time.perf_counter_ns() - start
        if os.waitstatus_to_exitcode(status) != 0:
            sys.exit(f"{' '.join(argv)} failed")
        if index >= 10:  # the first rounds warm the caches
            times[which].append(elapsed / 1e9)
print(" ".join(str(statistics.median(t)) for t in times))
