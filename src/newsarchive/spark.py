"""Extraction on Apache Spark: the same cleaner, over WARC and HTML files on a cluster.

    newsarchive extract --spark local[2] crawl/*.warc.gz -o articles/     # on this machine
    spark-submit --master yarn -m newsarchive.spark hdfs:///crawl/ hdfs:///articles/

Spark reads the files (local paths, HDFS, S3: whatever its file systems reach) as
(path, bytes) pairs; each executor runs ``pipeline.process_bytes`` on its share and
the articles are written as JSON Lines partitions (``part-*.json``), which
``newsarchive index`` reads directly. Needs the ``spark`` extra (pyspark) and Java.
"""
from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass


@dataclass
class SparkReport:
    articles: int
    problems: int
    output: str


def _articles(pair: tuple[str, bytes]) -> list[str]:
    from .pipeline import process_bytes

    name, data = pair
    result = process_bytes(name, data)
    lines = [json.dumps(article.to_dict(), ensure_ascii=False) for article in result.articles]
    problems = [json.dumps({"problem": str(problem)}, ensure_ascii=False)
                for problem in result.failed + result.skipped]
    return lines + problems


def extract_on_spark(paths: list[str], output: str, *, master: str | None = None,
                     partitions: int | None = None) -> SparkReport:
    """Run extraction as a Spark job; articles go to ``output`` as JSON Lines partitions."""
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:
        from .errors import InputError

        raise InputError("--spark", "needs pyspark: pip install 'newsarchive[spark]'") from exc
    if master and master.startswith("local"):
        # local workers would run the python3 on PATH, which may lack newsarchive: use this one
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName("newsarchive-extract")
    if master:
        builder = builder.master(master)
    spark = builder.getOrCreate()
    try:
        files = spark.sparkContext.binaryFiles(",".join(_spark_path(p) for p in paths), partitions or 0)
        lines = files.flatMap(_articles).cache()
        articles = lines.filter(lambda line: not line.startswith('{"problem"'))
        problems = lines.count() - articles.count()
        count = articles.count()
        if count:
            # a DataFrame writes part-*.json files of JSON Lines, which `newsarchive index` reads
            spark.read.json(articles).write.json(output)
    finally:
        spark.stop()
    return SparkReport(count, problems, output)


def _spark_path(path: str) -> str:
    """Folders are read whole, recursively; local paths become absolute file URIs."""
    from pathlib import Path

    if "://" in path:
        return path
    local = Path(path).absolute()
    return f"file://{local}/*" if local.is_dir() else f"file://{local}"


def main(argv: list[str] | None = None) -> None:
    """``spark-submit -m newsarchive.spark INPUT... OUTPUT``: the master comes from spark-submit."""
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) < 2:
        sys.exit("usage: spark-submit -m newsarchive.spark INPUT... OUTPUT")
    report = extract_on_spark(args[:-1], args[-1])
    print(f"{report.articles} articles written to {report.output}, {report.problems} pages gave none",
          file=sys.stderr)


if __name__ == "__main__":
    main()
