"""``Archive``: an open index, searched with filters, ranked, with snippets.

Hits are copied into plain ``Hit``/``Article`` values before the Whoosh
searcher closes, so they stay usable after the search returns.
"""
from __future__ import annotations

import os
import pickle
import struct
import zlib
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from datetime import date, datetime
from typing import Any

from whoosh import highlight
from whoosh import query as Q
from whoosh.scoring import BM25F

from . import query as queries
from .article import Article
from .errors import IndexDamagedError, NewsArchiveError, QueryError
from .schema import to_article
from .storage import index_size, open_index
from .timespan import covering_span

#: BM25F parameters, chosen on the time-dev judged queries (bench/ranking.py): strong length
#: normalisation (B=0.9) and slow term-frequency saturation (K1=2.5) raised MAP from 0.661
#: (B=0.75, K1=1.2) to 0.737; neighbouring values score within 0.02.
WEIGHTING = BM25F(B=0.9, K1=2.5)
SNIPPET_CHARS = 240
#: What reading a truncated or garbled index file raises.
_DAMAGE = (OSError, EOFError, struct.error, zlib.error, pickle.UnpicklingError)


@dataclass(frozen=True)
class Hit:
    """One search result: its score, the article, and a snippet with **query terms** marked.

    The snippet is made on first use: a script that ranks a thousand hits and
    shows ten pays for ten snippets.
    """

    score: float
    article: Article
    words: frozenset[str] = field(default=frozenset(), repr=False, compare=False)

    @cached_property
    def snippet(self) -> str:
        return make_snippet(self.article, self.words)

    def to_dict(self) -> dict[str, Any]:
        return {**self.article.to_dict(), "score": round(self.score, 4), "snippet": self.snippet}


class SearchResults(list):
    """A list of ``Hit`` with what the search found in all (``total``) and how it ran."""

    def __init__(self, hits: list[Hit], *, total: int, widened: bool = False) -> None:
        super().__init__(hits)
        self.total = total
        self.widened = widened   # fewer articles had every word; articles with most words follow


@dataclass
class ArchiveStats:
    documents: int
    first_date: date | None
    last_date: date | None
    undated: int
    sources: dict[str, int] = field(default_factory=dict)
    size_bytes: int = 0
    index_dir: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "first_date": self.first_date.isoformat() if self.first_date else None,
            "last_date": self.last_date.isoformat() if self.last_date else None,
            "undated": self.undated,
            "sources": self.sources,
            "size_bytes": self.size_bytes,
            "index_dir": self.index_dir,
        }


class _MarkFormatter(highlight.Formatter):
    """Marks matched words as ``**word**``: readable as is, bold on a terminal."""

    between = " … "

    def format_token(self, text, token, replace=False):
        return f"**{highlight.get_text(text, token, replace)}**"


class Archive:
    """A searchable news archive: ``Archive.open("index").search("oil", since="2022")``."""

    def __init__(self, ix, index_dir: str) -> None:
        self._ix = ix
        self.index_dir = index_dir

    @classmethod
    def open(cls, index_dir: str | os.PathLike[str] = "index") -> "Archive":
        return cls(open_index(index_dir), str(index_dir))

    def close(self) -> None:
        self._ix.close()

    def __enter__(self) -> "Archive":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __len__(self) -> int:
        return self._ix.doc_count()

    def search(
        self,
        query: str = "",
        *,
        headline: str | None = None,
        dateline: str | None = None,
        source: str | None = None,
        byline: str | None = None,
        language: str | None = None,
        since: str | None = None,
        until: str | None = None,
        sort: str = "relevance",
        limit: int = 10,
        offset: int = 0,
    ) -> SearchResults:
        """Ranked articles matching ``query`` and every filter given.

        Up to four words are keywords: all must match, and when fewer than a page
        of articles has them all, the articles having most of them follow
        (``results.widened``). Five words or more are a sentence: articles are
        ranked by how well they match any of its words. Dates take
        ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or ISO timestamps; ``since``/``until``
        are inclusive.
        """
        if limit < 0 or offset < 0:
            raise QueryError("limit and offset must not be negative")
        schema = self._ix.schema
        plan = queries.plan(schema, query, headline=headline, dateline=dateline, source=source,
                            byline=byline, language=language, since=since, until=until, sort=sort)
        wanted = offset + limit
        try:
            return self._search(plan, sort, offset, wanted)
        except NewsArchiveError:
            raise
        except _DAMAGE as exc:
            raise IndexDamagedError(self.index_dir, f"{type(exc).__name__}: {exc}") from exc
        except Exception as exc:  # a query Whoosh cannot run is the user's to fix, not a crash
            raise QueryError(f"cannot run the query {query!r}: {type(exc).__name__}: {exc}") from exc

    def _search(self, plan, sort: str, offset: int, wanted: int) -> "SearchResults":
        schema = self._ix.schema
        with self._searcher() as searcher:
            results = searcher.search(plan.query, filter=plan.filter, sortedby=plan.sortedby,
                                      limit=max(wanted, 1), terms=True)
            hits = _newest_first_on_ties([self._hit(hit, plan) for hit in results], plan)
            total = self._count(searcher, plan.query, plan.filter)
            widened = False
            if plan.keywords_only and sort == "relevance" and len(hits) < wanted \
                    and len(set(plan.query.all_terms())) > 1:
                seen = {hit.article.id for hit in hits}
                wider = queries.widened(schema, plan.text)
                more = searcher.search(wider, filter=plan.filter, sortedby=plan.sortedby,
                                       limit=wanted, terms=True)
                extra = _newest_first_on_ties([self._hit(hit, plan) for hit in more if hit["id"] not in seen], plan)
                widened = bool(extra)
                hits.extend(extra)
                total += max(0, self._count(searcher, wider, plan.filter) - total)
        return SearchResults(hits[offset:wanted], total=total, widened=widened)

    def get(self, id: str) -> Article | None:
        """The article with this id (its URL, or its path when it has none), or ``None``."""
        with self._searcher() as searcher:
            stored = searcher.document(id=id)
        return to_article(stored) if stored else None

    def stats(self) -> ArchiveStats:
        """Documents, date span, sources with counts, index size."""
        with self._searcher() as searcher:
            reader = searcher.reader()
            documents = searcher.doc_count()
            sources: dict[str, int] = {}
            for term in reader.lexicon("source_name"):
                name = term.decode("utf-8")
                count = sum(1 for _ in reader.postings("source_name", name).all_ids())
                if count:
                    sources[name] = count
            first = self._edge(searcher, reverse=False)
            last = self._edge(searcher, reverse=True)
            undated = self._count(searcher, Q.Term("undated", "1"), None)
        return ArchiveStats(documents, first, last, undated,
                            dict(sorted(sources.items(), key=lambda item: (-item[1], item[0]))),
                            index_size(self.index_dir), self.index_dir)

    def check(self) -> dict[str, int]:
        """Read every stored document and every posting list; a damaged file raises ``IndexDamagedError``."""
        documents = terms = 0
        try:
            with self._ix.reader() as reader:
                for _ in reader.all_stored_fields():
                    documents += 1
                for name in self._ix.schema.names():
                    if not self._ix.schema[name].indexed:
                        continue
                    for term in reader.lexicon(name):
                        for _ in reader.postings(name, term).all_ids():
                            pass
                        terms += 1
        except NewsArchiveError:
            raise
        except Exception as exc:
            raise IndexDamagedError(self.index_dir, f"{type(exc).__name__}: {exc}") from exc
        if documents != self._ix.doc_count():
            raise IndexDamagedError(self.index_dir, f"{documents} stored documents, {self._ix.doc_count()} counted")
        return {"documents": documents, "terms": terms}

    # ------------------------------------------------------------------ internals

    def _searcher(self):
        try:
            return self._ix.searcher(weighting=WEIGHTING)
        except Exception as exc:
            raise IndexDamagedError(self.index_dir, f"{type(exc).__name__}: {exc}") from exc

    @staticmethod
    def _count(searcher, query, filter_query) -> int:
        return len(searcher.search(query, filter=filter_query, limit=None, scored=False, sortedby=None))

    @staticmethod
    def _edge(searcher, *, reverse: bool) -> date | None:
        from whoosh.sorting import FieldFacet

        results = searcher.search(Q.Every("date"), sortedby=FieldFacet("date", reverse=reverse), limit=1)
        return to_article(results[0].fields()).date if len(results) else None

    def _hit(self, hit, plan) -> Hit:
        fields = hit.fields()
        article = to_article(fields)
        score = float(hit.score or 0.0) if plan.sortedby is None else 0.0   # sorted hits carry no score
        return Hit(score=score, article=article, words=plan.words)


def _newest_first_on_ties(hits: list[Hit], plan) -> list[Hit]:
    """Equal scores (common when browsing or with short queries) show the newest article first."""
    if plan.sortedby is not None:
        return hits
    newest = sorted(hits, key=lambda hit: covering_span(hit.article.date)[0] if hit.article.date else datetime.min,
                    reverse=True)
    return sorted(newest, key=lambda hit: -round(hit.score, 6))


@lru_cache(maxsize=1)
def _prose_analyzer():
    from .schema import prose_analyzer

    return prose_analyzer()


def make_snippet(article: Article, words: frozenset[str]) -> str:
    """The best-matching passages of the body, else its opening, with the query's words marked."""
    fragmenter = highlight.ContextFragmenter(maxchars=SNIPPET_CHARS, surround=70)
    for field_name in ("body", "summary", "headline"):
        text = getattr(article, field_name)
        if text and words:
            try:
                marked = highlight.highlight(text, words, _prose_analyzer(), fragmenter, _MarkFormatter(), top=2)
            except Exception:   # highlighting is cosmetic: never fail a search on it
                marked = ""
            if marked:
                return " ".join(marked.split())
    opening = article.summary or article.body
    return " ".join(opening[:SNIPPET_CHARS].split()) + ("…" if len(opening) > SNIPPET_CHARS else "")
