"""newsast on Apache Spark: parse a corpus of Dutch news articles, one newsast process per partition.

    python newsast_job.py INPUT OUTPUT [--partitions N] [--format jsonl|parquet]
                          [--newsast "node /path/to/dist/cli.js"] [--master local[2]]

INPUT is a folder (every *.txt file under it, recursively, one article each) or a JSON Lines
file or folder of them (one `{"id": ..., "text": ...}` record a line; other fields are passed
through). OUTPUT is written by Spark: JSON Lines (one line per article, what
`newsast --input jsonl` prints) or Parquet with the quotes exploded, one row per quote.

Each partition is piped through one long-lived `newsast --input jsonl` process (see
`newsast_partition.py`), never one process per article.
"""

import argparse
import os
import shlex
from functools import partial
from urllib.parse import urlparse

from pyspark.sql import SparkSession
from pyspark.sql import functions as F

import newsast_partition
from newsast_partition import article_record, record_line, run_partition

# The columns of the Parquet output: one row per quote (an article without quotes, or whose
# record failed, keeps one row with an empty quote, so that no article disappears).
# Names in backquotes: `end` and others are keywords in ANSI mode (Spark 4's default).
OUTPUT_SCHEMA = """
    `id` STRING, `file` STRING, `error` STRING,
    `quotes` ARRAY<STRUCT<
        `kind`: STRING, `text`: STRING, `speaker`: STRING, `mention`: STRING, `cue`: STRING,
        `method`: STRING, `nested`: BOOLEAN, `identifier`: STRING, `speakerIdentifier`: STRING,
        `position`: STRUCT<`start`: STRUCT<`line`: INT, `column`: INT, `offset`: INT>,
                           `end`: STRUCT<`line`: INT, `column`: INT, `offset`: INT>>>>
"""


def parse_arguments(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="a folder of *.txt articles, or JSON Lines records")
    parser.add_argument("output", help="where Spark writes the result (a folder)")
    parser.add_argument(
        "--input-format",
        choices=["auto", "txt", "jsonl"],
        default="auto",
        help="txt: a folder of articles; jsonl: records; auto: txt for a local folder with *.txt files in it",
    )
    parser.add_argument("--partitions", type=int, default=None, help="default: Spark's default parallelism")
    parser.add_argument("--format", choices=["jsonl", "parquet"], default="jsonl")
    parser.add_argument("--newsast", default="newsast", help='the command on every executor, e.g. "node /opt/newsast/dist/cli.js"')
    parser.add_argument("--jobs", type=int, default=1, help="worker threads per newsast process (Spark runs one task per core)")
    parser.add_argument("--master", default=None, help="e.g. local[2]; default: what spark-submit says")
    return parser.parse_args(argv)


def is_article_folder(path):
    """A local folder holding *.txt files is a corpus of articles; anything else is JSON Lines."""
    if not os.path.isdir(path):
        return False
    return any(name.endswith(".txt") for _, _, names in os.walk(path) for name in names)


def read_lines(spark, path, partitions=None, input_format="auto"):
    """The input as an RDD of JSON Lines strings, one record each, in a stable order."""
    partitions = partitions or spark.sparkContext.defaultParallelism
    if input_format == "txt" or (input_format == "auto" and is_article_folder(path)):
        files = (
            spark.read.format("binaryFile")
            .option("pathGlobFilter", "*.txt")
            .option("recursiveFileLookup", "true")
            .load(path)
            .select("path", "content")
            .rdd
        )
        root = _path_of(path)
        # Sorted by path into range partitions: the output keeps the corpus's order.
        return files.sortBy(lambda row: row.path, numPartitions=partitions).map(
            lambda row: record_line(article_record(_relative(row.path, root), bytes(row.content), row.path))
        )
    # JSON Lines: the lines go to newsast as they are, so their other fields stay untouched.
    return spark.sparkContext.textFile(path, minPartitions=partitions)


def _path_of(location):
    """The path part of a URI (`hdfs://name/data` is `/data`), or a local path made absolute."""
    path = urlparse(location).path if "://" in location else os.path.abspath(location)
    return path.rstrip("/")


def _relative(uri, root):
    """`file:/data/corpus/a/b.txt` under `/data/corpus` is `a/b.txt`: the article's id."""
    path = urlparse(uri).path
    return path[len(root) + 1 :] if path.startswith(root + "/") else uri


def parse_corpus(spark, lines, command, jobs=1):
    """Pipe each partition of JSON Lines records through one newsast process: an RDD of JSON lines."""
    return lines.mapPartitions(partial(run_partition, command=tuple(command), jobs=jobs))


def quotes_table(spark, results):
    """One row per quote (articles without quotes keep one row with null quote columns)."""
    frame = spark.read.schema(OUTPUT_SCHEMA).json(results)
    return frame.select(
        "id", "file", "error", F.posexplode_outer("quotes").alias("quote_index", "quote")
    ).select("id", "file", "error", "quote_index", "quote.*")


def ship_modules(spark):
    """Send this module and the partition module to every executor: the functions run there."""
    spark.sparkContext.addPyFile(newsast_partition.__file__)
    spark.sparkContext.addPyFile(os.path.abspath(__file__))


def run(spark, arguments):
    """The job in a session of the caller's (the test's, or `main`'s)."""
    ship_modules(spark)
    lines = read_lines(spark, arguments.input, arguments.partitions, arguments.input_format)
    results = parse_corpus(spark, lines, shlex.split(arguments.newsast), arguments.jobs)
    if arguments.format == "jsonl":
        results.saveAsTextFile(arguments.output)
    else:
        quotes_table(spark, results).write.parquet(arguments.output)


def main(argv=None):
    arguments = parse_arguments(argv)
    builder = SparkSession.builder.appName("newsast")
    if arguments.master:
        builder = builder.master(arguments.master)
    spark = builder.getOrCreate()
    try:
        run(spark, arguments)
    finally:
        spark.stop()


if __name__ == "__main__":
    main()
