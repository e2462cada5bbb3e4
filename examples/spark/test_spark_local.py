"""The Spark job in local mode (`local[2]`) over the project's fixtures and the seed.

Every record must equal what the single-process command gives for the same file, from a
folder of *.txt files and from a JSON Lines file, and the Parquet table must hold one row per
quote. Needs pyspark (`pip install -r requirements.txt`), Java and the built command. Without
pyspark or Java it prints why and skips: it never passes without having run.

    python -m unittest discover -s examples/spark -p 'test_spark_local.py' -v
"""

import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from newsast_partition import folder_records, record_line  # noqa: E402
from test_partition import COMMAND, FIXTURES, single_process, summary, unavailable  # noqa: E402


def spark_unavailable():
    """Why Spark cannot run here, or `None`."""
    try:
        import pyspark  # noqa: F401
    except ImportError as error:
        return f"pyspark not installed ({error}; pip install -r examples/spark/requirements.txt)"
    java = os.path.join(os.environ["JAVA_HOME"], "bin", "java") if os.environ.get("JAVA_HOME") else shutil.which("java")
    if not java:
        return "java not found (Spark needs a JDK 17 or 21 on the PATH or in JAVA_HOME)"
    try:
        subprocess.run([java, "-version"], capture_output=True, check=True, timeout=120)
    except (OSError, subprocess.SubprocessError) as error:
        return f"java does not run ({error})"
    return unavailable()


REASON = spark_unavailable()
if REASON:
    # Said on stdout as well as in unittest's summary, so that a CI log cannot read as a pass.
    print(f"skipped: {REASON}", flush=True)


@unittest.skipIf(REASON, f"skipped: {REASON}")
class SparkLocalModeTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        from pyspark.sql import SparkSession

        import newsast_job

        cls.job = newsast_job
        cls.spark = (
            SparkSession.builder.master("local[2]")
            .appName("newsast-test")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .getOrCreate()
        )
        newsast_job.ship_modules(cls.spark)
        cls.records = list(folder_records(FIXTURES))
        cls.expected = single_process([record["file"] for record in cls.records])
        cls.scratch = tempfile.mkdtemp(prefix="newsast-spark-")

    @classmethod
    def tearDownClass(cls):
        cls.spark.stop()
        shutil.rmtree(cls.scratch, ignore_errors=True)

    def check(self, lines, ids):
        answered = [json.loads(line) for line in lines]
        self.assertEqual(sorted(line["id"] for line in answered), sorted(ids))
        by_id = {record["id"]: record for record in self.records}
        for line in answered:
            with self.subTest(article=line["id"]):
                self.assertIsNone(line["error"])
                self.assertEqual(summary(line), summary(self.expected[by_id[line["id"]]["file"]]))

    def test_a_folder_of_articles(self):
        lines = self.job.read_lines(self.spark, FIXTURES, partitions=2)
        self.assertEqual(lines.getNumPartitions(), 2)
        results = self.job.parse_corpus(self.spark, lines, COMMAND)
        collected = results.collect()
        self.check(collected, [record["id"] for record in self.records])
        # Sorted by path into range partitions: the corpus's order.
        self.assertEqual([json.loads(line)["id"] for line in collected], sorted(record["id"] for record in self.records))

    def test_a_json_lines_file_and_the_quotes_table(self):
        source = os.path.join(self.scratch, "records.jsonl")
        with open(source, "w", encoding="utf-8") as handle:
            for record in self.records:
                handle.write(record_line({"id": record["id"], "file": record["file"], "text": record["text"]}) + "\n")
        lines = self.job.read_lines(self.spark, source, partitions=2)
        results = self.job.parse_corpus(self.spark, lines, COMMAND)
        self.check(results.collect(), [record["id"] for record in self.records])
        table = self.job.quotes_table(self.spark, results)
        quotes = sum(len(line["quotes"]) for line in self.expected.values())
        without = sum(1 for line in self.expected.values() if not line["quotes"])
        self.assertEqual(table.count(), quotes + without)
        seed = table.where("id = 'noord-korea-2019-03.txt'").orderBy("quote_index").collect()
        self.assertEqual([row.text for row in seed], [quote["text"] for quote in self.expected[os.path.join(FIXTURES, "noord-korea-2019-03.txt")]["quotes"]])

    def test_the_job_writes_parquet(self):
        output = os.path.join(self.scratch, "quotes.parquet")
        arguments = ["--input-format", "txt", "--format", "parquet", "--partitions", "2", "--newsast", shlex.join(COMMAND)]
        self.job.run(self.spark, self.job.parse_arguments([*arguments, FIXTURES, output]))
        self.assertGreater(self.spark.read.parquet(output).count(), len(self.records))

if __name__ == "__main__":
    unittest.main()
