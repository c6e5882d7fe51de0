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
at most its words' own scores, so matches are checked best bound first, from
the positions in the blocks already read, until no unchecked match can enter
the top.
"""
from __future__ import annotations

import heapq
from bisect import bisect_left
from collections import OrderedDict
from dataclasses import dataclass
from typing import Collection, Container, Iterator, Sequence

from whoosh import query as Q
from whoosh.reading import TermNotFound
from whoosh.scoring import BM25F
from whoosh.util.numeric import byte_to_length

from .storage import LeafColumns, field_length_codes, posting_blocks

Scores = dict[int, float]   # document number in the whole index -> score
#: Postings of recently read terms kept between searches (about 150 bytes each with their
#: positions): a widened search reads its words again, and users' queries share words.
KEPT_POSTINGS = 400_000


@dataclass(frozen=True)
class _Block:
    """One block of a term's postings: its last document (in the whole index), the segment's
    first document number, and the block's ids (in the segment) and encoded values."""

    last: int
    base: int
    ids: Sequence[int]
    values: Sequence


@dataclass
class Ranked:
    """The best ``limit`` documents as (document number, score), best first, and how many matched."""

    hits: list[tuple[int, float]]
    total: int


class Ranker:
    """Scores keyword queries over one open searcher (kept as long as the searcher is, with
    the terms it read last: the index does not change under a searcher)."""

    def __init__(self, searcher) -> None:
        self._searcher = searcher
        self._weighting = searcher.weighting
        self._leaves = [(leaf, base, leaf.deleted_docs_set if leaf.has_deletions() else frozenset())
                        for leaf, base in searcher.reader().leaf_readers()]
        self._norms: dict[str, list[float]] = {}
        # terms read lately, least recent first: (field, term) -> (scores, posting blocks)
        self._terms: OrderedDict[tuple[str, bytes], tuple[Scores, list[_Block]]] = OrderedDict()
        self._kept_postings = 0

    # ------------------------------------------------------------------ the public side

    @staticmethod
    def supports(query: Q.Query) -> bool:
        """Whether ``top`` can rank this query (else Whoosh must)."""
        if isinstance(query, Q.AndMaybe):
            return _plain(query.a) and _phrases(query.b) is not None
        return _plain(query)

    def top(self, query: Q.Query, limit: int, allowed: Container[int] | None = None) -> Ranked | None:
        """The best ``limit`` matches of ``query`` among the ``allowed`` documents (all if ``None``)."""
        if not self.supports(query):
            return None
        self._forget()
        if isinstance(query, Q.AndMaybe):
            scores = self._scores(query.a, allowed)
            return Ranked(self._with_phrases(scores, _phrases(query.b), limit), len(scores))
        scores = self._scores(query, allowed)
        return Ranked(_best(scores, limit), len(scores))

    def top_by(self, query: Q.Query, field: str, limit: int, allowed: Container[int] | None = None, *,
               reverse: bool = False) -> Ranked | None:
        """The first ``limit`` matches in the order of a sortable field's values (as Whoosh's
        ``FieldFacet`` sorts them, equal values in document order), or ``None`` as ``top``."""
        if not self.supports(query):
            return None
        self._forget()
        matches = self._scores(query.a if isinstance(query, Q.AndMaybe) else query, allowed)
        sign = -1 if reverse else 1
        column = LeafColumns(self._searcher.reader(), field)

        def order(doc: int) -> tuple[int, int]:
            return sign * column[doc], doc

        return Ranked([(doc, 0.0) for doc in heapq.nsmallest(limit, matches, key=order)], len(matches))

    # ------------------------------------------------------------------ scoring

    def _scores(self, query: Q.Query, allowed: Container[int] | None) -> Scores:
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
        """Every document holding the term, with its BM25F score (boost 1); remembered (``_keep``)."""
        schema_field = self._searcher.schema[field] if field in self._searcher.schema else None
        if schema_field is None:
            return {}
        try:
            btext = schema_field.to_bytes(text)
        except ValueError:
            return {}
        key = (field, btext)
        if key in self._terms:
            self._terms.move_to_end(key)
            return self._terms[key][0]
        scores: Scores = {}
        blocks: list[_Block] = []
        bm25 = schema_field.scorable and isinstance(self._weighting, BM25F)
        if bm25:
            idf = self._searcher.idf(field, btext)
            k1_plus_1 = self._weighting.K1 + 1
            norm = self._norm_table(field)
        for leaf, base, deleted in self._leaves:
            codes = field_length_codes(leaf._perdoc, field) if bm25 else b""
            for ids, weights, values in _blocks(leaf, field, btext):
                blocks.append(_Block(base + ids[-1], base, ids, values))
                if bm25:   # one comprehension per block: a loop of statements took half again as long
                    scores.update({base + doc: idf * ((tf * k1_plus_1) / (tf + norm[codes[doc]]))
                                   for doc, tf in zip(ids, weights)})
                else:   # unscorable fields score their term frequency, as Whoosh's WeightScorer
                    scores.update({base + doc: float(tf) for doc, tf in zip(ids, weights)})
                if deleted:
                    for doc in deleted.intersection(ids):
                        del scores[base + doc]
        self._keep(key, scores, blocks)
        return scores

    def _keep(self, key: tuple[str, bytes], scores: Scores, blocks: list[_Block]) -> None:
        """Remember a term read (for the rest of the query whatever its size: ``_forget`` trims
        the memory between queries)."""
        self._terms[key] = (scores, blocks)
        self._kept_postings += len(scores) or 1

    def _forget(self) -> None:
        """Forget the least recently used terms beyond ``KEPT_POSTINGS``."""
        while self._kept_postings > KEPT_POSTINGS and self._terms:
            _, (forgotten, _) = self._terms.popitem(last=False)
            self._kept_postings -= len(forgotten) or 1

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
        """The top of ``scores`` once each match gets the scores of the phrases it holds.

        A phrase adds its words' scores (times its boost) to a match that holds its
        words in order, each at most ``slop`` positions after the one before (Whoosh's
        ``SpanNear2``, ordered). Holding the words is the bound; their positions are
        read only for matches whose bound could lift them into the top.
        """
        bounds = [(phrase, self._phrase_bound(phrase, scores)) for phrase in phrases]
        most: Scores = {}
        for _, bound in bounds:
            for doc, value in bound.items():
                most[doc] = most.get(doc, 0.0) + value
        exact = {doc: score for doc, score in scores.items() if doc not in most}
        pending = sorted(most, key=lambda doc: (-(scores[doc] + most[doc]), doc))
        checked, batch = 0, max(limit, 1)
        while checked < len(pending):
            floor = _floor(exact.values(), limit)
            first = pending[checked]
            if floor is not None and scores[first] + most[first] < floor:
                break   # no unchecked match can reach the top
            for doc in pending[checked:checked + batch]:
                exact[doc] = scores[doc] + sum(bound[doc] for phrase, bound in bounds
                                               if doc in bound and self._holds(phrase, doc))
            checked += batch
            batch *= 2
        return _best(exact, limit)

    def _phrase_bound(self, phrase: Q.Phrase, scores: Scores) -> Scores:
        """For matches holding all of the phrase's words in its field, what the phrase would add."""
        parts = [self._term(phrase.fieldname, word) for word in phrase.words]
        if not parts or not all(parts):
            return {}
        smallest = min(parts, key=len)
        docs = [doc for doc in smallest if doc in scores and all(doc in part for part in parts)]
        return {doc: phrase.boost * sum(part[doc] for part in parts) for doc in docs}

    def _holds(self, phrase: Q.Phrase, doc: int) -> bool:
        """Whether the document has the phrase's words in order, each within ``slop`` of the last."""
        field = self._searcher.schema[phrase.fieldname]
        ends: set[int] | None = None
        for word in phrase.words:
            positions = self._positions(phrase.fieldname, field.to_bytes(word), field.format, doc)
            if ends is None:
                ends = set(positions)
            else:
                ends = {later for later in positions if any(1 <= later - end <= phrase.slop for end in ends)}
            if not ends:
                return False
        return True

    def _positions(self, field: str, btext: bytes, format_, doc: int) -> list[int]:
        blocks = self._terms[(field, btext)][1]
        block = blocks[bisect_left(blocks, doc, key=lambda block: block.last)]
        local = doc - block.base
        return format_.decode_positions(block.values[bisect_left(block.ids, local)])


# ---------------------------------------------------------------------- helpers


def _plain(query: Q.Query) -> bool:
    """Terms joined by AND and OR (no coordination bonus, no minimum match)."""
    if isinstance(query, Q.Term):
        return True
    return (type(query) is Q.And or _summing_or(query)) and all(_plain(sub) for sub in query.subqueries)


def _phrases(query: Q.Query) -> list[Q.Phrase] | None:
    """The phrases of a proximity bonus (one phrase or an OR of phrases), else ``None``."""
    if isinstance(query, Q.Phrase):
        return [query]
    if _summing_or(query) and query.boost == 1.0 and all(isinstance(sub, Q.Phrase) for sub in query.subqueries):
        return list(query.subqueries)
    return None


def _summing_or(query: Q.Query) -> bool:
    """An OR whose score is the sum of its matching parts' (no coordination bonus, no minimum match)."""
    return type(query) is Q.Or and not query.scale and not query.minmatch


def _blocks(leaf, field: str, btext: bytes) -> Iterator[tuple[Sequence[int], Sequence[float], Sequence]]:
    """A term's postings in one segment, a block at a time (see ``storage.posting_blocks``)."""
    try:
        matcher = leaf._terms.matcher(field, btext, leaf.schema[field].format)
    except TermNotFound:
        return
    yield from posting_blocks(matcher)


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


def _floor(scores: Collection[float], limit: int) -> float | None:
    """The ``limit``-th best score, or ``None`` while fewer are known (or none is wanted)."""
    if limit < 1 or len(scores) < limit:
        return None
    return heapq.nlargest(limit, scores)[-1]


def _best(scores: Scores, limit: int) -> list[tuple[int, float]]:
    """Best score first; equal scores in document order, as Whoosh's collector keeps them.

    The ``limit``-th best score is found first without building a key per match (a
    million-article query matches tens of thousands); only matches reaching it are sorted."""
    floor = _floor(scores.values(), limit) if len(scores) > limit else None
    items = scores.items() if floor is None else [(doc, score) for doc, score in scores.items() if score >= floor]
    return sorted(items, key=lambda item: (-item[1], item[0]))[:limit]
