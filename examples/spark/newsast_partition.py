"""Run one partition of articles through one long-lived `newsast --input jsonl` process.

This is the per-partition step of the Spark job (`newsast_job.py`), kept free of pyspark so
that it runs, and is tested, with a plain python3: Spark calls `run_partition` once per
partition through `RDD.mapPartitions`; GNU parallel or a multiprocessing pool can call it too.

newsast answers each input line with exactly one output line, in order (a bad line gets an
error line in its place), so output line n belongs to input line n and nothing has to be
matched up by id.
"""

import json
import os
import subprocess
import threading
from typing import IO, Iterable, Iterator, Optional, Sequence, Tuple

# The command as installed by `npm install --global newsast`; in a clone, `node dist/cli.js`.
DEFAULT_COMMAND: Tuple[str, ...] = ("newsast",)


class NewsastFailed(RuntimeError):
    """The newsast process crashed, could not start, or did not answer every line."""


def run_partition(
    lines: Iterable[str],
    command: Sequence[str] = DEFAULT_COMMAND,
    jobs: int = 1,
    stderr: Optional[int] = None,
) -> Iterator[str]:
    """Pipe JSON Lines records through one newsast process; yield its lines in input order.

    `lines` are JSON objects such as `{"id": ..., "text": ...}`, one per string, without
    their newline. Each yielded string is newsast's JSON line for the record at the same
    place. `jobs` is newsast's worker threads: 1 by default, because Spark already runs one
    task per core. A record newsast rejects is an error line, not an exception; an exception
    means the process itself failed. `stderr` goes to `subprocess.Popen` (`None` inherits it:
    the executor's log, where newsast names each bad line).
    """
    try:
        process = subprocess.Popen(
            [*command, "--input", "jsonl", "--jobs", str(jobs)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=stderr,
        )
    except OSError as error:
        raise NewsastFailed(f"cannot start {' '.join(command)}: {error}") from error
    sent = [0]
    feed_errors = []
    # A thread feeds stdin while this one reads stdout: with both in one thread, a partition
    # larger than the pipes' buffers would deadlock (newsast waits for us to read, we to write).
    feeder = threading.Thread(target=_feed, args=(lines, process.stdin, sent, feed_errors), daemon=True)
    feeder.start()
    received = 0
    finished = False
    try:
        assert process.stdout is not None
        for raw in process.stdout:
            received += 1
            yield raw.decode("utf-8").rstrip("\n")
        feeder.join()
        code = process.wait()
        finished = True
    finally:
        if not finished:
            # The consumer stopped early or something failed: do not leave the process behind.
            process.kill()
            process.wait()
            feeder.join()
        process.stdout.close()
    if feed_errors and not isinstance(feed_errors[0], BrokenPipeError):
        raise feed_errors[0]
    # Exit code 1 means some records failed: they are error lines, in their places.
    if code not in (0, 1):
        raise NewsastFailed(f"{' '.join(command)} exited with code {code} after {received} of {sent[0]} lines")
    if received != sent[0]:
        raise NewsastFailed(f"{' '.join(command)} answered {received} lines for {sent[0]}")


def _feed(lines: Iterable[str], stdin: Optional[IO[bytes]], sent: list, errors: list) -> None:
    assert stdin is not None
    try:
        for line in lines:
            stdin.write(line.encode("utf-8") + b"\n")
            sent[0] += 1
    except Exception as error:  # reported by run_partition once the output is read
        errors.append(error)
    finally:
        try:
            stdin.close()
        except BrokenPipeError:
            pass


def record_line(record: dict) -> str:
    """A record as one JSON line (no newline inside: JSON escapes the text's line breaks)."""
    return json.dumps(record, ensure_ascii=False)


def article_record(article_id: str, data: bytes, file: Optional[str] = None) -> dict:
    """A record for an article's bytes, decoded strictly as UTF-8, as the command decodes files.

    Bytes that are not UTF-8 give a record without `text`, so newsast answers it with an error
    line in its place, and the `problem` field (passed through) says why.
    """
    record = {"id": article_id, "file": file}
    try:
        record["text"] = data.decode("utf-8")
    except UnicodeDecodeError as error:
        record["problem"] = f"not valid UTF-8 (byte {error.start})"
    return record


def folder_records(folder: str) -> Iterator[dict]:
    """Every `*.txt` file under `folder`, in the command's order (files, then sub-folders, by name).

    The id is the path relative to `folder`; `file` is the path as found.
    """
    for path in _text_files(folder):
        with open(path, "rb") as handle:
            yield article_record(os.path.relpath(path, folder), handle.read(), path)


def _text_files(folder: str) -> Iterator[str]:
    entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    for entry in entries:
        if entry.name.endswith(".txt") and entry.is_file():
            yield entry.path
    for entry in entries:
        if entry.is_dir():
            yield from _text_files(entry.path)


def split(items: Sequence, parts: int) -> list:
    """`parts` contiguous slices of nearly equal length, as Spark's `parallelize` cuts a list."""
    return [items[len(items) * index // parts : len(items) * (index + 1) // parts] for index in range(parts)]


if __name__ == "__main__":
    # `python3 newsast_partition.py FOLDER > records.jsonl`: a folder of *.txt articles as
    # records, for GNU parallel, Hadoop streaming or `newsast --input jsonl`.
    import sys

    for record in folder_records(sys.argv[1]):
        sys.stdout.write(record_line(record) + "\n")
