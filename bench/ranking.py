"""Ranking quality on a judged collection, newsarchive beside SQLite FTS5 in the same run.

    python bench/ranking.py --data ../shared/data [--json out.json]

Protocol (see data/README.md): every article of time-dev/docs.jsonl is indexed
through ``index_articles`` (body = text, date = issue date); every query is passed
lower-cased to ``Archive.search`` with default settings; up to 1,000 hits are
scored with MAP, nDCG@10, P@10 and Recall@100. The baseline is SQLite FTS5 with
the porter tokenizer and bm25 on the same articles, OR of the query's words.
"""
from __future__ import annotations

import argparse
import json
import re
import sqlite3
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from metrics import evaluate  # noqa: E402

from newsarchive import Archive, Article, index_articles  # noqa: E402

DEPTH = 1000


def load(folder: Path):
    docs = [json.loads(line) for line in open(folder / "docs.jsonl", encoding="utf-8") if line.strip()]
    queries = {}
    for line in open(folder / "queries.tsv", encoding="utf-8"):
        if line.strip():
            qid, text = line.rstrip("\n").split("\t", 1)
            queries[qid] = text
    qrels: dict[str, set[str]] = {}
    for line in open(folder / "qrels.txt", encoding="utf-8"):
        parts = line.split()
        if len(parts) == 4 and int(parts[3]) > 0:
            qrels.setdefault(parts[0], set()).add(parts[2])
    return docs, queries, qrels


def run_newsarchive(docs, queries) -> tuple[dict[str, list[str]], float]:
    with tempfile.TemporaryDirectory() as tmp:
        articles = [Article(id=d["id"], body=d["text"], date=date.fromisoformat(d["date"])) for d in docs]
        index_articles(articles, index_dir=tmp)
        run = {}
        started = time.perf_counter()
        with Archive.open(tmp) as archive:
            for qid, text in queries.items():
                run[qid] = [hit.article.id for hit in archive.search(text.lower(), limit=DEPTH)]
        return run, time.perf_counter() - started


def run_fts5(docs, queries) -> tuple[dict[str, list[str]], float]:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, body, tokenize='porter')")
    db.executemany("INSERT INTO docs VALUES (?, ?)", [(d["id"], d["text"]) for d in docs])
    run = {}
    started = time.perf_counter()
    for qid, text in queries.items():
        words = re.findall(r"\w+", text.lower())
        match = " OR ".join(f'"{w}"' for w in words)
        rows = db.execute("SELECT id FROM docs WHERE docs MATCH ? ORDER BY bm25(docs) LIMIT ?", (match, DEPTH))
        run[qid] = [row[0] for row in rows]
    return run, time.perf_counter() - started


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", required=True, type=Path, help="folder holding time-dev/")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    docs, queries, qrels = load(args.data / "time-dev")
    figures = {}
    for name, runner in (("newsarchive", run_newsarchive), ("sqlite-fts5", run_fts5)):
        run, seconds = runner(docs, queries)
        figures[name] = {k: round(v, 4) for k, v in evaluate(run, qrels).items()}
        figures[name]["seconds"] = round(seconds, 2)
    print(f"Ranking on time-dev ({len(docs)} articles, {len(qrels)} judged queries)")
    print(f"  {'engine':14} {'MAP':>6} {'nDCG@10':>8} {'P@10':>6} {'R@100':>6}")
    for name, row in figures.items():
        print(f"  {name:14} {row['MAP']:6.3f} {row['nDCG@10']:8.3f} {row['P@10']:6.3f} {row['Recall@100']:6.3f}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))
    return figures


if __name__ == "__main__":
    main()
