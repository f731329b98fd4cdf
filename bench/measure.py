#!/usr/bin/env python3
"""Run one command; print its wall seconds, peak RSS in KiB and exit status.

    python3 bench/measure.py [--stdout FILE] [--stderr FILE] -- COMMAND [ARG...]

Prints one line, `WALL_SECONDS MAX_RSS_KIB EXIT_STATUS`, on stdout. The
command's own output goes to the given files (default: discarded). The peak
RSS comes from getrusage(RUSAGE_CHILDREN), which covers the one child that
this process waits for (and its own waited-for children), not Python itself.
Used by bench/run.sh when /usr/bin/time is missing. Standard library only.
"""

import argparse
import resource
import subprocess
import sys
import time


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--stdout", default=None)
    parser.add_argument("--stderr", default=None)
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("no command given")
    out = open(args.stdout, "wb") if args.stdout else subprocess.DEVNULL
    err = open(args.stderr, "wb") if args.stderr else subprocess.DEVNULL
    start = time.perf_counter()
    try:
        status = subprocess.run(command, stdout=out, stderr=err, check=False).returncode
    except OSError as e:
        print(f"measure.py: cannot run {command[0]}: {e}", file=sys.stderr)
        status = 127
    wall = time.perf_counter() - start
    rss_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KiB on Linux
    if status < 0:                      # killed by a signal, as a shell reports it
        status = 128 - status
    print(f"{wall:.3f} {rss_kib} {status}")


if __name__ == "__main__":
    main()
