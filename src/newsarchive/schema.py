"""The Whoosh schema: the one place that says what each field is and how it is analysed.

* ``headline``, ``summary``, ``body``: prose with positions for phrase queries, stored.
  They index English and every language without a Snowball stemmer (Porter
  stemming, English stop words; Chinese, Japanese and Korean as character bigrams).
  An article in a language Snowball covers is indexed instead in that language's
  family, ``headline_de``/``summary_de``/``body_de`` (German stemming and stop words),
  and stored under the plain names; a query is read by every family present, so
  "Wahlen" finds German articles on "Wahl" and English ranking is untouched.
  See ``analysis.py``.
* ``dateline``, ``source``, ``byline``: names and places, searched word by word,
  case- and accent-insensitively, never stemmed ("Paris" must not match "Pari").
* ``date``/``date_end``: the first and last instant (UTC) the article's date
  covers; a day-only date covers its whole day. ``date_iso`` keeps the date as the
  page gave it, with its offset, for display. ``year``/``month`` are exact terms
  for fast whole-year and whole-month filters.
* ``copy_sketch``/``sketch_terms``: the body's near-duplicate sketch (``copies.py``) in a
  column (a candidate copy is checked without reading its stored article), and its
  smallest hashes as terms to find an article's copies in one lookup.
  Indexes made before the column have the sketch as the stored field ``sketch``.
* ``source_name``/``dateline_name``: the exact values, for facets.
* ``stamp``: path, size, mtime and fingerprint of the page the article came
  from, read back as terms (no stored-field decoding) to skip unchanged files.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from whoosh.columns import FixedBytesColumn
from whoosh.fields import COLUMN, DATETIME, ID, KEYWORD, STORED, Schema

from . import copies
from .analysis import SNOWBALL_LANGUAGES, AnalysedText, TextAnalyzer
from .article import Article, parse_iso_date
from .timespan import covering_span

#: Fields a user may name in a query (``dateline:paris``) or filter on.
TEXT_FIELDS = ("headline", "summary", "body", "dateline", "source", "byline")
SEARCHED_FIELDS = ("headline", "summary", "body", "dateline")
PROSE_FIELDS = ("headline", "summary", "body")
QUERY_FIELDS = TEXT_FIELDS + ("url", "id", "language", "year", "month")
#: The analysis family of the prose fields: "" for the plain names, else a language code.
DEFAULT_FAMILY = ""


def family_of(language: str) -> str:
    """The analysis family an article in ``language`` is indexed in."""
    return language if language in SNOWBALL_LANGUAGES else DEFAULT_FAMILY


def family_field(name: str, family: str) -> str:
    """``body`` in the default family, ``body_de`` in the German one."""
    return f"{name}_{family}" if family else name


def family_fields(name: str, families) -> list[str]:
    """``body`` and its twins in ``families`` (``body_de``...); other fields have no twins."""
    return [name, *(family_field(name, family) for family in families)] if name in PROSE_FIELDS else [name]


def base_field(name: str) -> str:
    """``body_de`` -> ``body``; names without a family are their own base."""
    base, _, family = name.rpartition("_")
    return base if base in PROSE_FIELDS and family in SNOWBALL_LANGUAGES else name


def families_in(field_names) -> tuple[str, ...]:
    """The language families an index has articles in, from the names of its indexed fields."""
    names = set(field_names)
    return tuple(family for family in SNOWBALL_LANGUAGES
                 if any(family_field(name, family) in names for name in PROSE_FIELDS))


def prose_analyzer(family: str = DEFAULT_FAMILY) -> TextAnalyzer:
    return TextAnalyzer(family or "en")


#: One analyzer per language family for reading queries and snippets, so that each keeps its memory of words.
shared_analyzer = lru_cache(maxsize=None)(prose_analyzer)


def build_schema() -> Schema:
    names = TextAnalyzer("en", stem=False)
    schema = Schema(
        id=ID(stored=True, unique=True),
        path=ID(stored=True),
        url=ID(stored=True),
        stamp=ID,
        dateline=AnalysedText(stored=True, analyzer=names),
        byline=AnalysedText(stored=True, analyzer=names),
        source=AnalysedText(stored=True, analyzer=names),
        source_name=ID(stored=False),
        dateline_name=ID(stored=False),
        sketch=STORED,
        copy_sketch=COLUMN(FixedBytesColumn(copies.PACKED_SIZE)),
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
    for family in (DEFAULT_FAMILY, *SNOWBALL_LANGUAGES):
        analyzer = prose_analyzer(family)
        for name in PROSE_FIELDS:
            schema.add(family_field(name, family), AnalysedText(stored=not family, analyzer=analyzer))
    return schema


def stamp_of(path: str, size: int, mtime_ns: int, fingerprint: str) -> str:
    return f"{path}\t{size}\t{mtime_ns}\t{fingerprint}"


def parse_stamp(stamp: str) -> tuple[str, int, int, str]:
    path, size, mtime_ns, fingerprint = stamp.rsplit("\t", 3)
    return path, int(size), int(mtime_ns), fingerprint


def to_document(article: Article, stamp: str = "") -> dict[str, Any]:
    """An ``Article`` as the fields Whoosh stores and indexes (empty fields left out)."""
    doc: dict[str, Any] = {
        "id": article.id, "dateline": article.dateline, "byline": article.byline,
        "source": article.source, "url": article.url, "path": article.path,
        "language": article.language, "fingerprint": article.fingerprint, "stamp": stamp,
        "source_name": article.source, "dateline_name": article.dateline,
    }
    family = family_of(article.language)
    for name in PROSE_FIELDS:
        doc[family_field(name, family)] = getattr(article, name)
    body_sketch = copies.sketch(article.body)
    if body_sketch:
        doc["copy_sketch"] = copies.pack(body_sketch)
        doc["sketch_terms"] = " ".join(copies.lookup_terms(body_sketch))
    doc = {name: value for name, value in doc.items() if value}
    if family:
        # stored under the plain names (indexed there as nothing), so reading back is one way
        doc.update({name: "" for name in PROSE_FIELDS},
                   **{f"_stored_{name}": getattr(article, name) for name in PROSE_FIELDS if getattr(article, name)})
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
