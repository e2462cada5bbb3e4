"""Throughput of newsast over a folder of articles: the single-process command (with its worker
threads) beside the Spark job's partition step run as plain-Python workers, one newsast process
each (the closest stand-in for Spark local mode without Spark).

    python3 examples/spark/measure.py CORPUS_FOLDER [--runs 3]

Reads the articles, never writes or copies them. Prints a Markdown table: median wall time of
the runs, articles per second, articles per second per core used, and the CPU time the
processes took (user + system, node's and Python's), which a busy machine disturbs less.
"""

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from multiprocessing import Pool

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from newsast_partition import folder_records, record_line, run_partition, split  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
COMMAND = (shutil.which("node") or "node", os.path.join(ROOT, "dist", "cli.js"))


def timed(action, runs):
    """Median, lowest and highest wall time, and the median CPU time of the processes started."""
    seconds = []
    cpu = []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        action()
        seconds.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(seconds), min(seconds), max(seconds), statistics.median(cpu)


def command_over_folder(folder, jobs):
    subprocess.run([*COMMAND, "--jobs", str(jobs), folder], check=True, stdout=subprocess.DEVNULL)


def command_over_records(lines, jobs):
    subprocess.run([*COMMAND, "--input", "jsonl", "--jobs", str(jobs)], input="".join(line + "\n" for line in lines).encode("utf-8"), check=True, stdout=subprocess.DEVNULL)


def one_partition(lines):
    return sum(1 for line in run_partition(lines, command=COMMAND) if json.loads(line)["error"] is None)


def partitions_in_workers(lines, workers):
    with Pool(workers) as pool:
        answered = sum(pool.map(one_partition, split(lines, workers)))
    assert answered == len(lines), f"{answered} of {len(lines)} records answered without error"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("folder")
    parser.add_argument("--runs", type=int, default=3)
    arguments = parser.parse_args()
    lines = [record_line(record) for record in folder_records(arguments.folder)]
    count = len(lines)
    rows = [
        ("command, 1 thread (`--jobs 1`)", 1, lambda: command_over_folder(arguments.folder, 1)),
        ("command, 2 worker threads (`--jobs 2`)", 2, lambda: command_over_folder(arguments.folder, 2)),
        ("command, records on stdin (`--input jsonl --jobs 2`)", 2, lambda: command_over_records(lines, 2)),
        ("partition step, 1 Python worker, 1 newsast process", 1, lambda: partitions_in_workers(lines, 1)),
        ("partition step, 2 Python workers, 1 newsast process each", 2, lambda: partitions_in_workers(lines, 2)),
    ]
    startup = timed(lambda: command_over_records([], 1), arguments.runs)[0]
    print(f"{count} articles, {sum(len(line) for line in lines) / 1e6:.1f} MB of JSON Lines; {os.cpu_count()} cores; "
          f"load average {os.getloadavg()[0]:.1f}; median of {arguments.runs} runs; node start-up (empty input) {startup:.2f} s\n")
    print("| run | cores | wall time (s) | articles/s | articles/s per core | CPU time (s) | articles per CPU-second |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, cores, action in rows:
        median, low, high, cpu = timed(action, arguments.runs)
        print(
            f"| {name} | {cores} | {median:.2f} ({low:.2f}–{high:.2f}) | {count / median:.0f} | {count / median / cores:.0f} "
            f"| {cpu:.2f} | {count / cpu:.0f} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
