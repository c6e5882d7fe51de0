"""Writing articles out: JSON Lines (one ``Article.to_dict()`` per line) or Parquet.

JSON Lines is what ``newsarchive index`` reads back; Parquet (with the optional
``parquet`` extra, pyarrow) is what data tools and Spark read best.
"""
from __future__ import annotations

import json
import sys
from contextlib import nullcontext
from typing import Iterable

from .article import Article
from .errors import InputError

PARQUET_BATCH = 5000


def write_articles(articles: Iterable[Article], output: str) -> int:
    """Write ``articles`` to ``output`` (``-`` is stdout); returns how many were written."""
    if output.endswith(".parquet"):
        return _write_parquet(articles, output)
    count = 0
    with (nullcontext(sys.stdout) if output == "-" else open(output, "w", encoding="utf-8")) as handle:
        for article in articles:
            handle.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
            count += 1
    return count


def _write_parquet(articles: Iterable[Article], output: str) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise InputError(output, "writing Parquet needs pyarrow: pip install 'newsarchive[parquet]'") from exc
    writer = None
    count = 0
    batch: list[dict] = []

    def flush() -> None:
        nonlocal writer
        table = pa.Table.from_pylist(batch)
        if writer is None:
            writer = pq.ParquetWriter(output, table.schema)
        writer.write_table(table)
        batch.clear()

    for article in articles:
        batch.append(article.to_dict())
        count += 1
        if len(batch) >= PARQUET_BATCH:
            flush()
    if batch:
        flush()
    if writer is not None:
        writer.close()
    return count
