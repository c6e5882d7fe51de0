"""Top hits for keyword queries, scored straight from the posting lists.

Whoosh ranks by walking a tree of matchers one document at a time: a dozen
Python calls per matching document and segment, most of a search's time. Most
searches are a few words, each looked for in a few fields (an AND of ORs of
terms, from ``query.plan``), and for those reading each term's posting blocks
whole and summing BM25F scores in dictionaries is many times faster. Scores are
Whoosh's own: the same formula, statistics and boosts, in the same weighting
object (tests compare them). Queries of any other shape (phrases or wildcards
the user typed, NOT) are left to Whoosh: ``Ranker.top`` then returns ``None``.

The proximity bonus of ``query.plan`` (``AndMaybe`` of the words with phrases
near each other) is exact too without checking every match: a phrase can add
at most its words' own scores, so matches are checked best bound first, with
Whoosh's phrase matcher, until no unchecked match can enter the top.
"""
from __future__ import annotations

import heapq
from dataclasses import dataclass
from typing import Iterable, Iterator

from whoosh import query as Q
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.reading import TermNotFound
from whoosh.scoring import BM25F
from whoosh.util.numeric import byte_to_length

Scores = dict[int, float]   # document number in the whole index -> score


@dataclass
class Ranked:
    """The best ``limit`` documents as (document number, score), best first, and how many matched."""

    hits: list[tuple[int, float]]
    total: int


class Ranker:
    """Scores keyword queries over one open searcher (kept as long as the searcher is)."""

    def __init__(self, searcher) -> None:
        self._searcher = searcher
        self._weighting = searcher.weighting
        self._leaves = [(leaf, base, leaf.deleted_docs_set if leaf.has_deletions() else frozenset())
                        for leaf, base in searcher.reader().leaf_readers()]
        self._norms: dict[str, list[float]] = {}
        self._terms: dict[tuple[str, bytes], Scores] = {}

    # ------------------------------------------------------------------ the public side

    @staticmethod
    def supports(query: Q.Query) -> bool:
        """Whether ``top`` can rank this query (else Whoosh must)."""
        if isinstance(query, Q.AndMaybe):
            return _plain(query.a) and _phrases(query.b) is not None
        return _plain(query)

    def top(self, query: Q.Query, limit: int, allowed: set[int] | None = None) -> Ranked | None:
        """The best ``limit`` matches of ``query`` among the ``allowed`` documents (all if ``None``)."""
        if not self.supports(query):
            return None
        self._terms.clear()
        if isinstance(query, Q.AndMaybe):
            scores = self._scores(query.a, allowed)
            return Ranked(self._with_phrases(scores, _phrases(query.b), limit), len(scores))
        scores = self._scores(query, allowed)
        return Ranked(_best(scores.items(), limit), len(scores))

    # ------------------------------------------------------------------ scoring

    def _scores(self, query: Q.Query, allowed: set[int] | None) -> Scores:
        scores = self._match(query)
        if allowed is not None:
            scores = {doc: score for doc, score in scores.items() if doc in allowed}
        return scores

    def _match(self, query: Q.Query) -> Scores:
        if isinstance(query, Q.Term):
            scores = self._term(query.fieldname, query.text)
            return scores if query.boost == 1.0 else {doc: score * query.boost for doc, score in scores.items()}
        parts = [self._match(sub) for sub in query.subqueries]
        if not parts:
            return {}
        if len(parts) == 1:   # Whoosh applies no compound boost to a single part
            return parts[0]
        if isinstance(query, Q.And):
            combined = _intersection(parts)
        else:
            combined = _union(parts)
        if query.boost != 1.0:
            combined = {doc: score * query.boost for doc, score in combined.items()}
        return combined

    def _term(self, field: str, text) -> Scores:
        """Every document holding the term, with its BM25F score (boost 1), remembered per query."""
        schema_field = self._searcher.schema[field] if field in self._searcher.schema else None
        if schema_field is None:
            return {}
        try:
            btext = schema_field.to_bytes(text)
        except ValueError:
            return {}
        key = (field, btext)
        if key in self._terms:
            return self._terms[key]
        scores: Scores = {}
        if schema_field.scorable and isinstance(self._weighting, BM25F):
            idf = self._searcher.idf(field, btext)
            k1_plus_1 = self._weighting.K1 + 1
            norm = self._norm_table(field)
            for leaf, base, deleted in self._leaves:
                codes = leaf._perdoc.field_length_codes(field)
                for ids, weights in _blocks(leaf, field, btext):
                    for doc, tf in zip(ids, weights):
                        if doc not in deleted:
                            scores[base + doc] = idf * ((tf * k1_plus_1) / (tf + norm[codes[doc]]))
        else:   # unscorable fields score their term frequency, as Whoosh's WeightScorer
            for leaf, base, deleted in self._leaves:
                for ids, weights in _blocks(leaf, field, btext):
                    scores.update((base + doc, float(tf)) for doc, tf in zip(ids, weights) if doc not in deleted)
        self._terms[key] = scores
        return scores

    def _norm_table(self, field: str) -> list[float]:
        """BM25's length normalisation for each of the 256 one-byte field lengths Whoosh stores,
        computed as ``whoosh.scoring.bm25`` does (a length never written reads as 1)."""
        table = self._norms.get(field)
        if table is None:
            weighting = self._weighting
            b = weighting._field_B.get(field, weighting.B)
            k1 = weighting.K1
            average = self._searcher.avg_field_length(field) or 1
            table = [k1 * ((1 - b) + b * (byte_to_length(code) if code else 1) / average) for code in range(256)]
            self._norms[field] = table
        return table

    # ------------------------------------------------------------------ proximity

    def _with_phrases(self, scores: Scores, phrases: list[Q.Phrase], limit: int) -> list[tuple[int, float]]:
        """The top of ``scores`` once each match gets the scores of the phrases it holds."""
        bounds: Scores = {}
        for phrase in phrases:
            for doc, bound in self._phrase_bound(phrase, scores).items():
                bounds[doc] = bounds.get(doc, 0.0) + bound
        exact = {doc: score for doc, score in scores.items() if doc not in bounds}
        pending = sorted(bounds, key=lambda doc: (-(scores[doc] + bounds[doc]), doc))
        checked, batch = 0, max(limit, 1)
        while checked < len(pending):
            floor = _floor(exact, limit)
            first = pending[checked]
            if floor is not None and scores[first] + bounds[first] < floor:
                break   # no unchecked match can reach the top
            chunk = pending[checked:checked + batch]
            bonus = self._phrase_scores(phrases, chunk)
            exact.update((doc, scores[doc] + bonus.get(doc, 0.0)) for doc in chunk)
            checked += batch
            batch *= 2
        return _best(exact.items(), limit)

    def _phrase_bound(self, phrase: Q.Phrase, scores: Scores) -> Scores:
        """For matches holding all of the phrase's words in its field, the most it can add."""
        parts = [self._term(phrase.fieldname, word) for word in phrase.words]
        if not parts or not all(parts):
            return {}
        parts.sort(key=len)
        docs = [doc for doc in parts[0] if doc in scores and all(doc in part for part in parts[1:])]
        return {doc: phrase.boost * sum(part[doc] for part in parts) for doc in docs}

    def _phrase_scores(self, phrases: list[Q.Phrase], docs: list[int]) -> Scores:
        """What the phrases add to each of ``docs``, by Whoosh's own phrase matcher."""
        found: Scores = {}
        wanted = sorted(docs)
        for searcher, base in self._searcher.leaf_searchers():
            size = searcher.reader().doc_count_all()
            local = [doc - base for doc in wanted if base <= doc < base + size]
            if not local:
                continue
            for phrase in phrases:
                matcher = phrase.matcher(searcher)
                for doc in local:
                    if not matcher.is_active():
                        break
                    matcher.skip_to(doc)
                    if matcher.is_active() and matcher.id() == doc:
                        found[base + doc] = found.get(base + doc, 0.0) + matcher.score()
        return found


# ---------------------------------------------------------------------- helpers


def _plain(query: Q.Query) -> bool:
    """Terms joined by AND and OR (no coordination bonus, no minimum match)."""
    if isinstance(query, Q.Term):
        return True
    if type(query) in (Q.And, Q.Or):
        if isinstance(query, Q.Or) and (query.scale or query.minmatch):
            return False
        return all(_plain(sub) for sub in query.subqueries)
    return False


def _phrases(query: Q.Query) -> list[Q.Phrase] | None:
    """The phrases of a proximity bonus (one phrase or an OR of phrases), else ``None``."""
    if isinstance(query, Q.Phrase):
        return [query]
    if type(query) is Q.Or and not query.scale and not query.minmatch and query.boost == 1.0 \
            and all(isinstance(sub, Q.Phrase) for sub in query.subqueries):
        return list(query.subqueries)
    return None


def _blocks(leaf, field: str, btext: bytes) -> Iterator[tuple[Iterable[int], Iterable[float]]]:
    """A term's postings in one segment, a block of ids and term frequencies at a time."""
    try:
        matcher = leaf._terms.matcher(field, btext, leaf.schema[field].format)
    except TermNotFound:
        return
    if isinstance(matcher, W3LeafMatcher):
        while matcher.is_active():
            matcher._read_ids()
            matcher._read_weights()
            yield matcher._ids, matcher._weights
            matcher._next_block()
        return
    ids, weights = [], []   # postings kept inside the term's entry
    while matcher.is_active():
        ids.append(matcher.id())
        weights.append(matcher.weight())
        matcher.next()
    yield ids, weights


def _intersection(parts: list[Scores]) -> Scores:
    parts = sorted(parts, key=len)
    smallest, others = parts[0], parts[1:]
    combined = {}
    for doc, score in smallest.items():
        for other in others:
            if doc not in other:
                break
            score += other[doc]
        else:
            combined[doc] = score
    return combined


def _union(parts: list[Scores]) -> Scores:
    parts = sorted(parts, key=len, reverse=True)
    combined = dict(parts[0])
    for part in parts[1:]:
        for doc, score in part.items():
            combined[doc] = combined.get(doc, 0.0) + score
    return combined


def _floor(scores: Scores, limit: int) -> float | None:
    """The ``limit``-th best score, or ``None`` while fewer are known."""
    if len(scores) < limit:
        return None
    return heapq.nlargest(limit, scores.values())[-1]


def _best(items: Iterable[tuple[int, float]], limit: int) -> list[tuple[int, float]]:
    """Best score first; equal scores in document order, as Whoosh's collector keeps them."""
    return heapq.nsmallest(limit, items, key=lambda item: (-item[1], item[0]))
