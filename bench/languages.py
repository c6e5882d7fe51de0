"""Per-language retrieval sanity: a query in each language finds its articles.

    python bench/languages.py [--data ../shared/data] [--limit 400] [--json out.json]

Articles come from real pages (``trafilatura-eval`` when ``--data`` is given, else
``sample_data/``): each page is extracted (its language detected), all are indexed
together, and for every article the rarest three words of its headline, as the
article writes them (inflected, accented, in its own script), are searched. The
article must be among the first ten hits. Reported per detected language.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

from newsarchive import Archive, index_articles  # noqa: E402
from newsarchive.errors import NewsArchiveError  # noqa: E402
from newsarchive.extract import extract_page  # noqa: E402
from newsarchive.sources import find_pages, read_page  # noqa: E402

QUERY_WORDS = 3
_WORD = re.compile(r"\w{3,}")


def pages_of(data: Path | None, limit: int) -> list:
    """Pages as ``read_page`` gives them: the data set's gzipped HTML, else the sample pages."""
    folder = data / "trafilatura-eval" / "pages" if data else HERE.parent / "sample_data"
    if data:
        staged = Path(tempfile.mkdtemp(prefix="newsarchive-languages-"))
        for number, path in enumerate(sorted(folder.glob("*.html.gz"))[:limit]):
            (staged / f"{number:04d}.html").write_bytes(gzip.decompress(path.read_bytes()))
        folder = staged
    return [read_page(found) for found in find_pages([folder]) if not isinstance(found, NewsArchiveError)]


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, help="folder holding trafilatura-eval/ (default: sample_data)")
    parser.add_argument("--limit", type=int, default=400, help="pages to use from the data set")
    parser.add_argument("--json", type=Path, help="write the figures here")
    args = parser.parse_args(argv)

    articles = []
    for page in pages_of(args.data, args.limit):
        try:
            article = extract_page(page)
        except NewsArchiveError:
            continue
        if article.headline and article.body:
            articles.append(article)
    found: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    with tempfile.TemporaryDirectory() as index_dir:
        index_articles(articles, index_dir=index_dir)
        with Archive.open(index_dir) as archive:
            frequency = defaultdict(int)
            for article in articles:
                for word in set(_WORD.findall(article.headline.lower())):
                    frequency[word] += 1
            for article in articles:
                # in headline order among equally rare words (a set's order changes from run to run)
                words = sorted(dict.fromkeys(_WORD.findall(article.headline)), key=lambda w: frequency[w.lower()])
                if not words:
                    continue
                hits = archive.search(" ".join(words[:QUERY_WORDS]), limit=10, all_copies=True)
                tally = found[article.language or "?"]
                tally[0] += any(hit.article.id == article.id for hit in hits)
                tally[1] += 1
    figures = {language: {"articles": total, "found_in_top10": round(right / total, 3)}
               for language, (right, total) in sorted(found.items(), key=lambda item: -item[1][1])}
    print(f"Per-language retrieval ({len(articles)} articles; query: the 3 rarest headline words)")
    for language, row in figures.items():
        print(f"  {language:4} {row['articles']:5} articles   found in the top 10: {row['found_in_top10']:.3f}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))
    return figures


if __name__ == "__main__":
    main()
