"""newsarchive: full-text search for news archives.

    from newsarchive import Archive, index_paths
    index_paths(["sample_data"], index_dir="index")
    for hit in Archive.open("index").search("venezuela", dateline="Washington", since="2022-03"):
        print(hit.article.headline, hit.snippet)

The heavy parts (Whoosh, BeautifulSoup) are imported on first use, so that
importing this package, and ``newsarchive --help``, stay fast.
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from .article import Article
from .errors import (ArchiveError, ExtractionError, IndexDamagedError, IndexLockedError, IndexNotFoundError,
                     InputError, NewsArchiveError, QueryError)

if TYPE_CHECKING:
    from .archive import Archive, ArchiveStats, Hit, SearchResults
    from .extract import extract_html, extract_text
    from .indexer import IndexReport, index_articles, index_paths

logging.getLogger(__name__).addHandler(logging.NullHandler())

_LAZY = {
    "Archive": "archive", "ArchiveStats": "archive", "Hit": "archive", "SearchResults": "archive",
    "extract_html": "extract", "extract_text": "extract",
    "IndexReport": "indexer", "index_articles": "indexer", "index_paths": "indexer",
}

__all__ = [
    "Archive", "ArchiveStats", "Article", "Hit", "SearchResults", "IndexReport",
    "index_paths", "index_articles", "extract_html", "extract_text",
    "NewsArchiveError", "InputError", "ExtractionError", "QueryError", "ArchiveError",
    "IndexNotFoundError", "IndexLockedError", "IndexDamagedError",
]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'newsarchive' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value
