"""The Whoosh schema: the one place that says what each field is and how it is analysed.

* ``headline``, ``summary``, ``body``: prose, stemmed (Porter), accent-folded, with
  positions for phrase queries. A small stop list: "US", "may" and "will" are
  news words, so they are kept.
* ``dateline``, ``source``, ``byline``: names and places, searched word by word,
  case- and accent-insensitively, never stemmed ("Paris" must not match "Pari").
* ``date``/``date_end``: the first and last instant (UTC) the article's date
  covers; a day-only date covers its whole day. ``date_iso`` keeps the date as the
  page gave it, with its offset, for display. ``year``/``month`` are exact terms
  for fast whole-year and whole-month filters.
* ``sketch``/``sketch_terms``: the body's near-duplicate sketch (``copies.py``), stored,
  and its smallest hashes as terms to find an article's copies in one lookup.
* ``source_name``/``dateline_name``: the exact values, for facets.
* ``spell_body`` (from ``spelling=True``): the body's unstemmed words, for "did you mean".
* ``stamp``: path, size, mtime and fingerprint of the page the article came
  from, read back as terms (no stored-field decoding) to skip unchanged files.
"""
from __future__ import annotations

import re
from typing import Any

from whoosh.analysis import CharsetFilter, Filter, LowercaseFilter, RegexTokenizer, StemFilter, StopFilter
from whoosh.analysis import STOP_WORDS
from whoosh.fields import DATETIME, ID, KEYWORD, STORED, TEXT, Schema
from whoosh.support.charset import accent_map

from . import copies
from .article import Article, parse_iso_date
from .timespan import covering_span

#: News words that generic English stop lists drop.
_KEPT_WORDS = {"us", "may", "will", "can", "not", "it", "tbd", "yet", "when"}
STOP_LIST = frozenset(STOP_WORDS) - _KEPT_WORDS

#: Fields a user may name in a query (``dateline:paris``) or filter on.
TEXT_FIELDS = ("headline", "summary", "body", "dateline", "source", "byline")
SEARCHED_FIELDS = ("headline", "summary", "body", "dateline")
QUERY_FIELDS = TEXT_FIELDS + ("url", "id", "language", "year", "month")


class CJKBigramFilter(Filter):
    """Chinese, Japanese and Korean text has no spaces: a run of it becomes overlapping bigrams.

    "東京都の知事" is indexed as 東京 京都 都の の知 知事, so a query for 東京 or 知事 finds it
    (and a query for 東京都 asks for both of its bigrams), the standard approach of
    search engines without a dictionary segmenter.
    """

    def __call__(self, tokens):
        shift = 0
        for token in tokens:
            text = token.text
            if len(text) > 1 and not text.isascii() and _CJK.search(text):
                start = token.pos + shift if token.positions else 0
                for index in range(len(text) - 1):
                    token.text = text[index:index + 2]
                    if token.positions:
                        token.pos = start + index
                    yield token
                shift += len(text) - 2
            else:
                if token.positions:
                    token.pos += shift
                yield token


_CJK = re.compile("[\u3040-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def prose_analyzer():
    return (RegexTokenizer() | LowercaseFilter() | CJKBigramFilter() | StopFilter(STOP_LIST, minsize=1)
            | StemFilter(cachesize=200_000) | CharsetFilter(accent_map))


def name_analyzer():
    return (RegexTokenizer() | LowercaseFilter() | CJKBigramFilter() | StopFilter(STOP_LIST, minsize=1)
            | CharsetFilter(accent_map))


def build_schema() -> Schema:
    prose = prose_analyzer()
    names = name_analyzer()
    return Schema(
        id=ID(stored=True, unique=True),
        path=ID(stored=True),
        url=ID(stored=True),
        stamp=ID,
        headline=TEXT(stored=True, analyzer=prose, field_boost=1.0),
        summary=TEXT(stored=True, analyzer=prose),
        body=TEXT(stored=True, analyzer=prose, spelling=True),
        dateline=TEXT(stored=True, analyzer=names),
        byline=TEXT(stored=True, analyzer=names),
        source=TEXT(stored=True, analyzer=names),
        source_name=ID(stored=False),
        dateline_name=ID(stored=False),
        sketch=STORED,
        sketch_terms=KEYWORD,
        date=DATETIME(sortable=True),
        date_end=DATETIME,
        date_iso=STORED,
        year=ID,
        month=ID,
        day=ID,
        language=ID(stored=True),
        fingerprint=STORED,
        undated=ID,
    )


def stamp_of(path: str, size: int, mtime_ns: int, fingerprint: str) -> str:
    return f"{path}\t{size}\t{mtime_ns}\t{fingerprint}"


def parse_stamp(stamp: str) -> tuple[str, int, int, str]:
    path, size, mtime_ns, fingerprint = stamp.rsplit("\t", 3)
    return path, int(size), int(mtime_ns), fingerprint


def to_document(article: Article, stamp: str = "") -> dict[str, Any]:
    """An ``Article`` as the fields Whoosh stores and indexes (empty fields left out)."""
    doc: dict[str, Any] = {
        "id": article.id, "headline": article.headline, "summary": article.summary,
        "body": article.body, "dateline": article.dateline, "byline": article.byline,
        "source": article.source, "url": article.url, "path": article.path,
        "language": article.language, "fingerprint": article.fingerprint, "stamp": stamp,
        "source_name": article.source, "dateline_name": article.dateline,
    }
    body_sketch = copies.sketch(article.body)
    if body_sketch:
        doc["sketch"] = copies.encode(body_sketch)
        doc["sketch_terms"] = " ".join(copies.lookup_terms(body_sketch))
    doc = {name: value for name, value in doc.items() if value}
    if article.date is not None:
        start, end = covering_span(article.date)
        doc.update(date=start, date_end=end, date_iso=article.date.isoformat(),
                   year=f"{start.year:04d}", month=f"{start.year:04d}-{start.month:02d}",
                   day=start.date().isoformat())
    else:
        doc["undated"] = "1"
    return doc


def to_article(stored: dict[str, Any]) -> Article:
    """The inverse of ``to_document``, from a hit's stored fields."""
    values = {name: stored.get(name, "") for name in
              ("id", "url", "path", "source", "headline", "dateline", "byline", "summary", "body",
               "language", "fingerprint")}
    return Article(date=parse_iso_date(stored.get("date_iso") or ""), **values)
