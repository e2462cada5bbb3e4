"""The Spark job's per-partition step, with a plain python3 (no pip packages, no Spark).

Over the project's fixtures and the seed, each record newsast answers through
`run_partition` (two partitions, one newsast process each, as Spark would run them) must equal
what the single-process command gives for the same file. Needs the built command
(`npm run build`) and node.

    python3 -m unittest discover -s examples/spark -p 'test_partition.py' -v
"""

import json
import os
import shutil
import subprocess
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from newsast_partition import NewsastFailed, article_record, folder_records, record_line, run_partition, split  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
CLI = os.path.join(ROOT, "dist", "cli.js")
FIXTURES = os.path.join(ROOT, "fixtures")
NODE = shutil.which("node")
COMMAND = (NODE or "node", CLI)
# What `--format jsonl` prints for an article's text; a record's line carries the same.
SUMMARY = ("header", "outline", "quotes", "messages", "error")


def summary(line):
    return {name: line[name] for name in SUMMARY}


def single_process(files):
    """`newsast --format jsonl` over the files, in one process: {file: its JSON line}."""
    result = subprocess.run(
        [*COMMAND, "--format", "jsonl", "--jobs", "1", *files],
        capture_output=True,
        check=True,
        timeout=600,
    )
    lines = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
    return {line["file"]: line for line in lines}


def partition_lines(records, partitions=2):
    """The records cut into partitions, each through its own newsast process, concatenated."""
    lines = [record_line(record) for record in records]
    answered = []
    for part in split(lines, partitions):
        answered.extend(run_partition(part, command=COMMAND, stderr=subprocess.DEVNULL))
    return [json.loads(line) for line in answered]


def unavailable():
    if NODE is None:
        return "node not found"
    if not os.path.exists(CLI):
        return "dist/cli.js is missing: run `npm run build` first"
    return None


@unittest.skipIf(unavailable(), str(unavailable()))
class RunPartitionTest(unittest.TestCase):
    def test_records_equal_the_single_process_command(self):
        records = list(folder_records(FIXTURES))
        # The seed and every fixture's input.
        self.assertIn("noord-korea-2019-03.txt", [record["id"] for record in records])
        self.assertGreater(len(records), 50)
        expected = single_process([record["file"] for record in records])
        answered = partition_lines(records, partitions=2)
        self.assertEqual([line["id"] for line in answered], [record["id"] for record in records])
        for record, line in zip(records, answered):
            with self.subTest(article=record["id"]):
                self.assertIsNone(line["error"])
                self.assertEqual(line["file"], record["file"])
                self.assertEqual(summary(line), summary(expected[record["file"]]))
        self.assertEqual(len(answered[0]["quotes"]), 8)

    def test_bad_lines_are_answered_in_place(self):
        lines = ["niet eens JSON", record_line({"id": "zonder tekst"}), record_line({"id": 3, "text": 'Zij zei: "Ja."'})]
        answered = [json.loads(line) for line in run_partition(lines, command=COMMAND, stderr=subprocess.DEVNULL)]
        self.assertEqual([line["id"] for line in answered], [None, "zonder tekst", 3])
        self.assertTrue(answered[0]["error"].startswith("line 1: not valid JSON"))
        self.assertEqual(answered[1]["error"], "line 2: no string `text` field")
        self.assertEqual(len(answered[2]["quotes"]), 1)

    def test_an_article_that_is_not_utf8_gets_an_error_line(self):
        record = article_record("latin1.txt", "Het café".encode("latin-1"))
        self.assertEqual(record["problem"], "not valid UTF-8 (byte 7)")
        [line] = [json.loads(line) for line in run_partition([record_line(record)], command=COMMAND, stderr=subprocess.DEVNULL)]
        self.assertEqual(line["problem"], "not valid UTF-8 (byte 7)")
        self.assertIn("no string `text` field", line["error"])

    def test_an_empty_partition_answers_nothing(self):
        self.assertEqual(list(run_partition([], command=COMMAND)), [])

    def test_a_partition_larger_than_the_pipes_does_not_deadlock(self):
        # About 8 MB each way: far past a pipe's 64 KB buffer.
        text = "De burgemeester zei het al. " * 200
        lines = [record_line({"id": index, "text": text}) for index in range(1500)]
        count = sum(1 for _ in run_partition(lines, command=COMMAND, jobs=2))
        self.assertEqual(count, 1500)

    def test_stopping_early_ends_the_process(self):
        lines = (record_line({"id": index, "text": "Een zin."}) for index in range(100_000))
        answers = run_partition(lines, command=COMMAND)
        self.assertEqual(json.loads(next(answers))["id"], 0)
        answers.close()

    def test_a_failed_process_is_an_exception_not_missing_records(self):
        with self.assertRaisesRegex(NewsastFailed, "exited with code 3"):
            list(run_partition(["{}"], command=("sh", "-c", "cat >/dev/null; exit 3", "sh")))
        with self.assertRaisesRegex(NewsastFailed, "answered 1 lines for 3"):
            list(run_partition(["{}", "{}", "{}"], command=("sh", "-c", "head -n 1", "sh")))
        with self.assertRaisesRegex(NewsastFailed, "cannot start"):
            list(run_partition(["{}"], command=("/nonexistent/newsast",)))

    def test_the_mapper_script_passes_bad_records_and_fails_without_newsast(self):
        mapper = os.path.join(os.path.dirname(os.path.abspath(__file__)), "newsast-mapper.sh")
        lines = "niet eens JSON\n" + record_line({"id": 2, "text": "Een zin."}) + "\n"
        environment = {**os.environ, "NEWSAST": " ".join(COMMAND)}
        result = subprocess.run(["sh", mapper], input=lines.encode("utf-8"), env=environment, capture_output=True, timeout=600)
        self.assertEqual(result.returncode, 0)
        self.assertEqual([json.loads(line)["id"] for line in result.stdout.decode("utf-8").splitlines()], [None, 2])
        # newsast missing: the shell's 127 fails the task.
        missing = subprocess.run(["sh", mapper], input=b"", env={**os.environ, "NEWSAST": "/nonexistent/newsast"}, capture_output=True, timeout=600)
        self.assertEqual(missing.returncode, 127)

    def test_the_module_turns_a_folder_into_records(self):
        module = os.path.join(os.path.dirname(os.path.abspath(__file__)), "newsast_partition.py")
        result = subprocess.run([sys.executable, module, FIXTURES], capture_output=True, check=True, timeout=600)
        lines = result.stdout.decode("utf-8").splitlines()
        self.assertEqual(lines, [record_line(record) for record in folder_records(FIXTURES)])

    @unittest.skipIf(shutil.which("parallel") is None, "GNU parallel not installed (apt-get install parallel)")
    def test_gnu_parallel_gives_the_same_lines(self):
        records = list(folder_records(FIXTURES))
        lines = "".join(record_line(record) + "\n" for record in records)
        result = subprocess.run(
            ["parallel", "--pipe", "--keep-order", "-N", "10", "-j", "2", *COMMAND, "--input", "jsonl", "--jobs", "1"],
            input=lines.encode("utf-8"),
            capture_output=True,
            check=True,
            timeout=600,
        )
        piped = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
        self.assertEqual(piped, partition_lines(records, partitions=1))


if __name__ == "__main__":
    unittest.main()
