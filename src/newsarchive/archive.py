"""``Archive``: an open index, searched with filters, ranked, with snippets.

Hits are copied into plain ``Hit``/``Article`` values before the Whoosh
searcher closes, so they stay usable after the search returns.
"""
from __future__ import annotations

import math
import os
import pickle
import struct
import weakref
import zlib
from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, timezone
from functools import cached_property, partial
from itertools import groupby
from typing import Any, Callable, Sequence

import numpy as np
from whoosh import query as Q
from whoosh.idsets import BitSet
from whoosh.reading import TermNotFound
from whoosh.scoring import BM25F

from . import copies
from . import query as queries
from .analysis import ANALYSIS_VERSION
from .article import Article
from .errors import IndexDamagedError, NewsArchiveError, QueryError
from .ranker import Ranker
from .schema import DEFAULT_FAMILY, families_in, family_field, family_of, shared_analyzer, to_article
from .snippets import TermPositions, make_snippet
from .storage import LeafColumns, damage_report, index_size, open_index, while_committing
from .timespan import covering_span

#: BM25F parameters, chosen on the time-dev judged queries (bench/ranking.py): strong length
#: normalisation (B=0.9) and slow term-frequency saturation (K1=2.5) raised MAP from 0.661
#: (B=0.75, K1=1.2) to 0.737; neighbouring values score within 0.02.
WEIGHTING = BM25F(B=0.9, K1=2.5)
#: Facet names and the exact-value fields they count.
FACETS = {"source": "source_name", "dateline": "dateline_name", "year": "year", "month": "month",
          "language": "language"}
FACET_VALUES = 10
PERIODS = ("year", "month", "day")
#: A query with fewer matches than this may be misspelt: look for a correction.
SUGGEST_BELOW = 3
SPELLING_PREFIX = 2
#: Filters whose matching documents an open archive remembers.
KEPT_FILTERS = 64
#: Hits fetched beyond the page asked for, so that folding copies of a story into one hit
#: still fills it (when it does not, twice as many are fetched).
SPARE_HITS = 5
#: Articles' copy sketches an open archive remembers (about 3 kB each).
KEPT_SKETCHES = 5_000
#: What reading a truncated or garbled index file raises.
_DAMAGE = (OSError, EOFError, struct.error, zlib.error, pickle.UnpicklingError)


@dataclass(frozen=True)
class Hit:
    """One search result: its score, the article, a snippet with **query terms** marked, and
    the ids of the archive's other copies of the story.

    The snippet and the copies are found on first use: a script that ranks a thousand
    hits and shows ten pays for ten snippets, and one that never reads ``copies`` pays
    for no copy lookup.
    """

    score: float
    article: Article
    words: frozenset[str] = field(default=frozenset(), repr=False, compare=False)
    _docnum: int | None = field(default=None, repr=False, compare=False)   # where the searcher found it
    _find_copies: Callable[[], tuple[str, ...]] | None = field(default=None, repr=False, compare=False)
    _positions: TermPositions | None = field(default=None, repr=False, compare=False)

    @cached_property
    def snippet(self) -> str:
        return make_snippet(self.article, self.words, self._positions)

    @cached_property
    def copies(self) -> tuple[str, ...]:
        """Ids of the other articles in the archive that are copies of this story (the same
        wire story run by other sites), as the archive holds them when first read."""
        return self._find_copies() if self._find_copies is not None else ()

    def to_dict(self) -> dict[str, Any]:
        return {**self.article.to_dict(), "score": round(self.score, 4), "snippet": self.snippet,
                "copies": list(self.copies)}


class SearchResults(list):
    """A list of ``Hit`` with what the search found in all (``total``) and how it ran."""

    def __init__(self, hits: list[Hit], *, total: int, exact: bool = True, widened: bool = False,
                 facets: dict[str, list[tuple[str, int]]] | None = None, suggestion: str | None = None) -> None:
        super().__init__(hits)
        self.total = total
        self.exact = exact   # False: ``total`` is Whoosh's estimate (it skipped hopeless blocks)
        self.widened = widened   # fewer articles had every word; articles with most words follow
        self.facets = facets or {}   # field -> [(value, count)], most frequent first
        self.suggestion = suggestion   # a corrected query with more results, when the query looks misspelt


@dataclass
class ArchiveStats:
    documents: int
    first_date: date | None
    last_date: date | None
    undated: int
    sources: dict[str, int] = field(default_factory=dict)
    size_bytes: int = 0
    index_dir: str = ""
    #: how the index splits text into words (``analysis.ANALYSIS_VERSION`` for a new one; an
    #: older index keeps its own until rebuilt)
    analysis_version: int = ANALYSIS_VERSION

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "first_date": self.first_date.isoformat() if self.first_date else None,
            "last_date": self.last_date.isoformat() if self.last_date else None,
            "undated": self.undated,
            "sources": self.sources,
            "size_bytes": self.size_bytes,
            "index_dir": self.index_dir,
            "analysis_version": self.analysis_version,
        }


class Archive:
    """A searchable news archive: ``Archive.open("index").search("oil", since="2022")``.

    An open archive keeps one searcher (and what it has read of the index) from
    search to search, and takes a fresh one when the index has changed; use an
    archive from one thread at a time.
    """

    def __init__(self, ix, index_dir: str) -> None:
        self._ix = ix
        self.index_dir = index_dir
        self._kept_searcher = None
        self._kept_generation = None
        self._kept_families: tuple[str, ...] = ()   # the language families the kept searcher's index holds
        self._ranker: Ranker | None = None   # scores keyword queries for the kept searcher
        self._filter_docs: dict[Q.Query, Any] = {}
        self._sketches: dict[int, tuple[int, ...]] = {}   # docnum -> copy sketch
        self._copy_sketches = None   # the kept searcher's column of copy sketches (None: older index)

    @classmethod
    def open(cls, index_dir: str | os.PathLike[str] = "index") -> "Archive":
        return cls(open_index(index_dir), str(index_dir))

    def close(self) -> None:
        if self._kept_searcher is not None:
            self._kept_searcher.close()
            self._kept_searcher = None
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
        undated: bool = False,
        tz: str | None = None,
        sort: str = "relevance",
        limit: int = 10,
        offset: int = 0,
        all_copies: bool = False,
        facets: Sequence[str] = (),
        recent: bool = False,
    ) -> SearchResults:
        """Ranked articles matching ``query`` and every filter given.

        Up to four words are keywords: all must match, and when fewer than a page
        of articles has them all, the articles having most of them follow
        (``results.widened``). Five words or more are a sentence: articles are
        ranked by how well they match any of its words. Dates take
        ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, ISO timestamps or words such as
        ``yesterday`` and ``last week``; ``since``/``until`` are inclusive.

        Copies of one wire story show once, with the others' ids in
        ``hit.copies``, unless ``all_copies``. ``facets`` names fields
        (``source``, ``dateline``, ``year``, ``month``, ``language``) whose most
        frequent values among all matches come back in ``results.facets``.
        ``recent`` blends recency into relevance. ``undated`` keeps only articles
        without a date. A query that looks misspelt gets ``results.suggestion``.
        Relative dates are read in ``tz`` (an IANA zone name), else
        ``$NEWSARCHIVE_TZ``, else the system's zone.
        """
        if limit < 0 or offset < 0:
            raise QueryError("limit and offset must not be negative")
        unknown = [name for name in facets if name not in FACETS]
        if unknown:
            raise QueryError(f"unknown facet {unknown[0]!r}; facets are: {', '.join(FACETS)}")
        filters = dict(headline=headline, dateline=dateline, source=source, byline=byline, language=language,
                       since=since, until=until, undated=undated, tz=tz, sort=sort)
        try:
            with self._searcher() as searcher:
                plan = self._plan(searcher, query, **filters)
                return self._search(searcher, plan, offset=offset, limit=limit, all_copies=all_copies,
                                    facets=facets, recent=recent)
        except NewsArchiveError:
            raise
        except _DAMAGE as exc:
            raise damage_report(self.index_dir, exc) from exc
        except Exception as exc:  # a query Whoosh cannot run is the user's to fix, not a crash
            raise QueryError(f"cannot run the query {query!r}: {type(exc).__name__}: {exc}") from exc

    def _search(self, searcher, plan, *, offset: int, limit: int, all_copies: bool, facets: Sequence[str],
                recent: bool) -> SearchResults:
        wanted = offset + limit
        # re-ranking by recency moves hits: fetch well beyond the page; folding copies drops a few
        fetch = max(1, wanted * 2 + 10 if recent else wanted if all_copies else wanted + SPARE_HITS)
        while True:
            found, total, exact, widened, strict_total = self._gather(searcher, plan, fetch, recent)
            hits = [item.hit for item in found] if all_copies else self._collapse(searcher, found, offset, wanted)
            if len(hits) >= wanted or total <= fetch:
                break
            fetch *= 2   # copies filled the spare hits: the page needs more matches
        return SearchResults(
            hits[offset:wanted], total=total, exact=exact, widened=widened,
            facets=self._facets(searcher, plan, facets) if facets else {},
            suggestion=self._suggestion(searcher, plan, strict_total),
        )

    def _gather(self, searcher, plan, fetch: int, recent: bool):
        """The best ``fetch`` matches in the order shown (copies not yet folded), how many
        matched and whether that is exact, whether the keywords were widened, and how many
        articles hold every keyword."""
        ranked, total, exact = self._top(searcher, plan.query, plan, fetch)
        found = [self._found(searcher, docnum, score, plan) for docnum, score in ranked]
        strict_total = total
        widened = False
        dates = self._ranker.column("date")
        wider = queries.widened(plan.query) if plan.keywords_only and plan.sortedby is None \
            and len(found) < fetch else None
        if wider is not None:
            seen = {docnum for docnum, _ in ranked}
            more, wider_total, wider_exact = self._top(searcher, wider, plan, fetch)
            extra = [self._found(searcher, docnum, score, plan) for docnum, score in more if docnum not in seen]
            widened = bool(extra)
            found = _ranked(found, recent, dates) + _ranked(extra, recent, dates)
            total, exact = max(total, wider_total), exact and wider_exact
        elif plan.sortedby is None:
            found = _ranked(found, recent, dates)
        else:
            found = _by_date(found, dates, newest=getattr(plan.sortedby, "reverse", False))
        return found, total, exact, widened, strict_total

    def similar(self, id: str, *, limit: int = 10) -> SearchResults:
        """Articles most like this one (by its distinctive body words), copies of the same story excluded."""
        with self._searcher() as searcher:
            docnum = searcher.document_number(id=id)
            if docnum is None:
                raise QueryError(f"no article with id {id!r}")
            stored = searcher.stored_fields(docnum)
            own = self._sketch_of(searcher, docnum, stored)
            plan = queries.plan(searcher.schema, "")
            body = family_field("body", family_of(stored.get("language", "")))
            found = []
            for hit in searcher.more_like(docnum, body, top=limit * 3 + 10, numterms=25):
                like = self._found(searcher, hit.docnum, 0.0, plan)
                if own and like.sketch and copies.are_copies(own, like.sketch):
                    continue
                found.append(like.rescored(float(hit.score or 0.0)))
            hits = self._collapse(searcher, _ranked(found, False, self._ranker.column("date")), 0, limit)[:limit]
        return SearchResults(hits, total=len(hits))

    def timeline(self, query: str = "", *, by: str = "year", **filters: Any) -> list[tuple[str, int]]:
        """How many articles match, per year, month or day, empty periods included, oldest first."""
        if by not in PERIODS:
            raise QueryError(f"unknown period {by!r}; use one of: {', '.join(PERIODS)}")
        from whoosh.sorting import Count, FieldFacet

        with self._searcher() as searcher:
            plan = self._plan(searcher, query, **filters)
            results = searcher.search(plan.query, filter=plan.filter, limit=1,
                                      groupedby={"period": FieldFacet(by, maptype=Count)})
            counts = {str(value): count for value, count in results.groups("period").items() if value}
        if not counts:
            return []
        return [(period, counts.get(period, 0)) for period in _periods(min(counts), max(counts), by)]

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
            analyzer = searcher.schema["body"].analyzer
        return ArchiveStats(documents, first, last, undated,
                            dict(sorted(sources.items(), key=lambda item: (-item[1], item[0]))),
                            index_size(self.index_dir), self.index_dir,
                            getattr(analyzer, "version", ANALYSIS_VERSION))

    def check(self) -> dict[str, int]:
        """Read every stored document and every posting list; a damaged file raises ``IndexDamagedError``."""
        documents = terms = 0
        try:
            with self._ix.reader() as reader:
                for _ in reader.all_stored_fields():
                    documents += 1
                for name in reader.schema.names():
                    if not reader.schema[name].indexed:
                        continue
                    for term in reader.lexicon(name):
                        for _ in reader.postings(name, term).all_ids():
                            pass
                        terms += 1
        except NewsArchiveError:
            raise
        except Exception as exc:
            raise damage_report(self.index_dir, exc) from exc
        if documents != self._ix.doc_count():
            raise IndexDamagedError(self.index_dir, f"{documents} stored documents, {self._ix.doc_count()} counted")
        return {"documents": documents, "terms": terms}

    # ------------------------------------------------------------------ internals

    def _plan(self, searcher, query: str, **filters: Any) -> queries.Plan:
        """The query planned for the language families this index has articles in (``searcher``
        is the kept one, from ``_searcher``)."""
        plan = queries.plan(searcher.schema, query, families=self._kept_families, **filters)
        if plan.filter is not None:
            plan.filter = self._matching_docs(searcher, plan.filter)
        return plan

    def _matching_docs(self, searcher, filter_query: Q.Query):
        """The documents a filter lets through, remembered while the index is unchanged: a
        user's searches mostly repeat a few filters (a year, a dateline), each costing a scan."""
        docs = self._filter_docs.get(filter_query)
        if docs is None:
            if len(self._filter_docs) >= KEPT_FILTERS:
                self._filter_docs.clear()
            docs = BitSet(searcher.docs_for_query(filter_query), size=searcher.doc_count_all())
            if not docs:
                return filter_query   # Whoosh reads an empty set as no filter at all
            self._filter_docs[filter_query] = docs
        return docs

    def _searcher(self):
        """The kept searcher (as a context that leaves it open), renewed when the index has changed."""
        try:
            generation = self._ix.latest_generation()
            if self._kept_searcher is None or generation != self._kept_generation:
                fresh = while_committing(lambda: self._ix.searcher(weighting=WEIGHTING))
                if self._kept_searcher is not None:
                    self._kept_searcher.close()
                self._kept_searcher, self._kept_generation = fresh, generation
                self._kept_families = families_in(fresh.reader().indexed_field_names())
                self._ranker = Ranker(fresh)
                self._copy_sketches = (LeafColumns(fresh.reader(), "copy_sketch")
                                       if "copy_sketch" in fresh.schema else None)
                self._filter_docs.clear()
                self._sketches.clear()
        except Exception as exc:
            raise damage_report(self.index_dir, exc) from exc
        return nullcontext(self._kept_searcher)

    @staticmethod
    def _matched(results) -> tuple[int, bool]:
        """How many articles a search matched, and whether that is exact: Whoosh counts them
        while ranking unless it skipped blocks that could not reach the top, then it estimates."""
        if results.has_exact_length():
            return len(results), True
        return results.estimated_length(), False

    @staticmethod
    def _count(searcher, query, filter_query) -> int:
        return len(searcher.search(query, filter=filter_query, limit=None, scored=False, sortedby=None))

    @staticmethod
    def _edge(searcher, *, reverse: bool) -> date | None:
        from whoosh.sorting import FieldFacet

        results = searcher.search(Q.Every("date"), sortedby=FieldFacet("date", reverse=reverse), limit=1)
        return to_article(results[0].fields()).date if len(results) else None

    def _top(self, searcher, query: Q.Query, plan: queries.Plan,
             limit: int) -> tuple[list[tuple[int, float]], int, bool]:
        """The best ``limit`` matches as (document number, score), how many matched, and whether
        that count is exact; keyword queries are ranked (or sorted) by ``Ranker``, any other by Whoosh."""
        if not isinstance(plan.filter, Q.Query):
            if plan.sortedby is None:
                ranked = self._ranker.top(query, limit, plan.filter)
            else:
                ranked = self._ranker.top_by(query, plan.sortedby.fieldname, limit, plan.filter,
                                             reverse=plan.sortedby.reverse)
            if ranked is not None:
                return ranked.hits, ranked.total, True
        results = searcher.search(query, filter=plan.filter, sortedby=plan.sortedby, limit=limit)
        total, exact = self._matched(results)
        return [(hit.docnum, float(hit.score or 0.0)) for hit in results], total, exact

    def _found(self, searcher, docnum: int, score: float, plan) -> _Found:
        """A matched document, with the article's copy sketch; its article is read when first
        needed (a page shows fewer hits than are fetched to fill it)."""
        score = score if plan.sortedby is None else 0.0   # sorted hits carry no score

        def hit() -> Hit:
            return Hit(score=score, article=to_article(searcher.stored_fields(docnum)), words=plan.words,
                       _docnum=docnum,
                       _positions=partial(_positions_in, weakref.ref(self._ranker), plan.prose_terms, docnum))

        return _Found(docnum, score, self._sketch_of(searcher, docnum), hit)

    def _collapse(self, searcher, found: list[_Found], offset: int = 0, wanted: int | None = None) -> list[Hit]:
        """One hit per story: later copies of a shown story are folded into its ``copies``
        (looked up in the whole archive for the hits of the page asked for)."""
        kept: list[_Found] = []
        for item in found:
            if item.sketch and any(copies.are_copies(item.sketch, other.sketch) for other in kept):
                continue
            kept.append(item)
            if wanted is not None and len(kept) >= wanted:
                break
        return [replace(item.hit, _find_copies=partial(self._copies_of, item.hit.article.id, item.sketch))
                if item.sketch and index >= offset else item.hit
                for index, item in enumerate(kept)]

    def _copies_of(self, article_id: str, sketch: tuple[int, ...]) -> tuple[str, ...]:
        """Ids of the archive's other copies of this story, found through the sketch's indexed hashes
        (one term lookup per segment and hash) and checked against each candidate's sketch."""
        with self._searcher() as searcher:
            candidates: set[int] = set()
            try:
                for term in copies.lookup_terms(sketch)[:copies.SEARCH_TERMS]:
                    for leaf, base in searcher.reader().leaf_readers():
                        try:
                            candidates.update(base + docnum for docnum in leaf.postings("sketch_terms", term).all_ids())
                        except TermNotFound:
                            continue
                ids = [searcher.stored_fields(docnum)["id"] for docnum in sorted(candidates)
                       if copies.are_copies(sketch, self._sketch_of(searcher, docnum))]
            except _DAMAGE as exc:
                raise damage_report(self.index_dir, exc) from exc
        return tuple(other_id for other_id in ids if other_id != article_id)

    def _sketch_of(self, searcher, docnum: int, fields: dict[str, Any] | None = None) -> tuple[int, ...]:
        """An article's copy sketch, from the copy column (or, in an index made before it, from
        ``fields`` or the stored article), remembered while the index is unchanged: a stock
        phrase among many articles' smallest hashes makes the same hundreds of candidates for
        each of them."""
        known = self._sketches.get(docnum)
        if known is None:
            known = copies.unpack(self._copy_sketches[docnum]) if self._copy_sketches is not None else ()
            if not known:
                fields = fields or searcher.stored_fields(docnum)
                known = copies.decode(fields.get("sketch", ""))
            if len(self._sketches) >= KEPT_SKETCHES:
                self._sketches.clear()
            self._sketches[docnum] = known
        return known

    @staticmethod
    def _facets(searcher, plan, names: Sequence[str]) -> dict[str, list[tuple[str, int]]]:
        from whoosh.sorting import Count, FieldFacet

        groups = {name: FieldFacet(FACETS[name], maptype=Count) for name in names}
        results = searcher.search(plan.query, filter=plan.filter, groupedby=groups, limit=1)
        return {name: sorted(((str(value), count) for value, count in results.groups(name).items() if value),
                             key=lambda item: (-item[1], item[0]))[:FACET_VALUES]
                for name in names}

    def _suggestion(self, searcher, plan, total: int) -> str | None:
        """The query with misspelt-looking words corrected from the index's own words, if that finds more."""
        if not plan.text or isinstance(plan.query, Q.Every) or total >= SUGGEST_BELOW:
            return None
        words = plan.text.split()
        corrected = [self._spelling(searcher, word) or word for word in words]
        if corrected == words:
            return None
        text = " ".join(corrected)
        better = self._count(searcher, self._plan(searcher, text).query, plan.filter)
        return text if better > total else None

    @staticmethod
    def _spelling(searcher, word: str) -> str | None:
        """A better-known word of the archive's close to ``word``, if the archive (almost) never uses it.

        Corrections are looked up among the body's terms (stems), then shown as the
        word an article actually writes for that stem: "goverment" -> "govern" ->
        "government".
        """
        bare = word.lower().strip(".,;:!?")
        analyzer = shared_analyzer(DEFAULT_FAMILY)
        terms = analyzer.terms_of(bare) if bare.isalpha() and len(bare) > 3 else ()
        # only words the archive (almost) never uses are suspects: looking up spellings is costly
        if len(terms) != 1 or searcher.reader().doc_frequency("body", terms[0]) > 1:
            return None
        # corrections keep the first two letters, as most misspellings do: the lexicon is then
        # walked from that prefix only instead of whole (tens of ms against seconds at scale)
        options = [term for term in searcher.suggest("body", terms[0], limit=1, prefix=SPELLING_PREFIX)
                   if term != terms[0]]
        if not options:
            return None
        for hit in searcher.search(Q.Term("body", options[0]), limit=1):
            return analyzer.surface_form(hit.get("body", ""), options[0])
        return None


def _periods(first: str, last: str, by: str) -> list[str]:
    """Every period label from ``first`` to ``last``: "2021", "2021-03" or "2021-03-06"."""
    if by == "year":
        return [f"{year:04d}" for year in range(int(first), int(last) + 1)]
    if by == "month":
        start, end = int(first[:4]) * 12 + int(first[5:7]) - 1, int(last[:4]) * 12 + int(last[5:7]) - 1
        return [f"{n // 12:04d}-{n % 12 + 1:02d}" for n in range(start, end + 1)]
    day, end_day = date.fromisoformat(first), date.fromisoformat(last)
    return [(day + timedelta(days=n)).isoformat() for n in range((end_day - day).days + 1)]


def _when(item: _Found) -> datetime:
    """When a found article was published, in UTC (undated ones sort first, as the oldest)."""
    moment = item.hit.article.date
    return covering_span(moment)[0] if moment else datetime.min


def _positions_in(ranker: weakref.ref, terms: dict[str, frozenset[str]], docnum: int,
                  field_name: str) -> dict[str, list[int]] | None:
    """Where the query's terms stand in a field of a hit, from the postings the archive's ranker
    has read (``None`` if it has not read them all, or the index has changed since the search)."""
    reader = ranker()
    if reader is None or field_name not in terms:
        return None
    return reader.positions(field_name, terms[field_name], docnum)


class _Found:
    """A matched document on its way to a page: its score and copy sketch, the hit built (its
    article read from the index) only when first asked for."""

    __slots__ = ("docnum", "score", "sketch", "_make", "_hit")

    def __init__(self, docnum: int, score: float, sketch: tuple[int, ...], make: Callable[[], Hit]) -> None:
        self.docnum, self.score, self.sketch, self._make, self._hit = docnum, score, sketch, make, None

    @property
    def hit(self) -> Hit:
        if self._hit is None:
            self._hit = self._make()
        return self._hit

    def rescored(self, score: float) -> _Found:
        """The same document with another score; its hit is still built only when asked for."""
        return _Found(self.docnum, score, self.sketch, lambda: replace(self.hit, score=score))


def _ranked(found: list[_Found], recent: bool, dates: np.ndarray) -> list[_Found]:
    """By score, newest first on ties, then by id; with ``recent``, a year-old article keeps 60 % of
    its score. ``dates``: the index's date column (``Ranker.column``)."""
    if recent:
        now = datetime.now(timezone.utc).replace(tzinfo=None)
        found = [item.rescored(item.score * _freshness(now, _when(item))) for item in found]
    ranked: list[_Found] = []
    for _, tied in groupby(sorted(found, key=_rounded_score), key=_rounded_score):
        tied = list(tied)
        ranked += _by_date(tied, dates, newest=True) if len(tied) > 1 else tied
    return ranked


def _rounded_score(item: _Found) -> float:
    return -round(item.score, 6)


def _by_date(found: list[_Found], dates: np.ndarray, *, newest: bool) -> list[_Found]:
    """Date order with ids breaking ties (the last resort), so that any index layout lists the same way.

    The dates come from the index's date column (each article's first UTC instant), so
    only articles of the very same instant are read, for their ids."""
    def when(item: _Found) -> int:
        value = int(dates[item.docnum])
        return -1 if value == _NO_DATE else value   # undated articles sort first, as the oldest

    ordered: list[_Found] = []
    for _, same in groupby(sorted(found, key=when, reverse=newest), key=when):
        same = list(same)
        ordered += sorted(same, key=lambda item: item.hit.article.id) if len(same) > 1 else same
    return ordered


#: What Whoosh's date column holds for an article without a date: its highest value.
_NO_DATE = 2**64 - 1


def _freshness(now: datetime, moment: datetime) -> float:
    if moment == datetime.min:
        return 0.5
    age_days = max(0.0, (now - moment).total_seconds() / 86400)
    return 0.4 + 0.6 * math.exp(-age_days / 365)
