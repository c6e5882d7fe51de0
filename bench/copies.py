"""Precision and recall of wire-copy detection on labelled pairs.

    python bench/copies.py [--sample-data sample_data]

Labelled pairs: every pair of articles in sample_data/ (a copy when both files carry the
same story slug, e.g. ``2022-03-07-oil-prices-russian-import-ban``: 10 copies among 820
pairs), and the hand-written pairs of bench/copies.jsonl (edited copies, and reports of the
same event by different agencies, which must not be merged).
"""
from __future__ import annotations

import argparse
import itertools
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

from newsarchive.copies import are_copies, sketch  # noqa: E402
from newsarchive.extract import extract_page  # noqa: E402
from newsarchive.sources import PageFile, find_pages, read_page  # noqa: E402


def labelled_pairs(sample_data: Path):
    articles = []
    for found in find_pages([sample_data]):
        if isinstance(found, PageFile):
            slug = Path(found.path).stem
            articles.append((slug, extract_page(read_page(found)).body))
    for (slug_a, body_a), (slug_b, body_b) in itertools.combinations(articles, 2):
        yield body_a, body_b, slug_a == slug_b, "sample_data"
    for line in open(HERE / "copies.jsonl", encoding="utf-8"):
        item = json.loads(line)
        yield item["a"], item["b"], item["copy"], item["note"]


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample-data", type=Path, default=HERE.parent / "sample_data")
    args = parser.parse_args(argv)
    tp = fp = fn = tn = 0
    mistakes = []
    for a, b, copy, note in labelled_pairs(args.sample_data):
        said = are_copies(sketch(a), sketch(b))
        tp += said and copy
        fp += said and not copy
        fn += copy and not said
        tn += not said and not copy
        if said != copy:
            mistakes.append(note)
    precision = tp / max(1, tp + fp)
    recall = tp / max(1, tp + fn)
    print(f"Wire-copy detection: precision {precision:.3f}, recall {recall:.3f} "
          f"({tp + fn} copies, {fp + tn} non-copies; mistakes: {mistakes or 'none'})")
    return {"precision": precision, "recall": recall, "pairs": tp + fp + fn + tn}


if __name__ == "__main__":
    main()
