"""Top hits for keyword queries, scored straight from the posting lists.

Whoosh ranks by walking a tree of matchers one document at a time: a dozen
Python calls per matching document and segment, most of a search's time. Most
searches are a few words, each looked for in a few fields (an AND of ORs of
terms, from ``query.plan``), and for those reading each term's posting blocks
whole and scoring them as arrays (numpy: each step one call over all of a term's
postings, not a Python step per posting) is many times faster. Scores are
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
from collections import OrderedDict
from dataclasses import dataclass
from typing import Iterable, Iterator, Sequence

import numpy as np
from whoosh import query as Q
from whoosh.columns import NumericColumn
from whoosh.reading import TermNotFound
from whoosh.scoring import BM25F
from whoosh.util.numeric import byte_to_length

from .blocks import SplitBlockMatcher, split_blocks
from .storage import field_length_codes, posting_blocks

#: Postings of recently read terms kept between searches (about 150 bytes each with their
#: positions): a widened search reads its words again, and users' queries share words.
KEPT_POSTINGS = 400_000
#: Matches whose phrases are looked for in the first batch (batches double): most queries
#: check a few, some hundreds.
FIRST_CHECKS = 16


@dataclass(frozen=True)
class Matches:
    """Documents (numbers in the whole index, ascending) and their scores, side by side."""

    docs: np.ndarray
    scores: np.ndarray

    def __len__(self) -> int:
        return len(self.docs)

    def boosted(self, boost: float) -> Matches:
        return self if boost == 1.0 else Matches(self.docs, self.scores * boost)

    def where(self, keep: np.ndarray) -> Matches:
        return Matches(self.docs[keep], self.scores[keep])


_NONE = Matches(np.zeros(0, np.int64), np.zeros(0))


class _Values:
    """A term's encoded values (its positions in each document) block by block, found for
    many documents at once: the documents of its postings in the whole index (deleted ones
    too, as the blocks hold them) and where each block starts."""

    def __init__(self) -> None:
        self.blocks: list[Sequence] = []
        self._segments: list[np.ndarray] = []   # each segment's documents, until first looked up
        self._counts: list[int] = []
        self._docs: np.ndarray | None = None
        self._starts: np.ndarray | None = None

    def add(self, docs: np.ndarray, counts: list[int], blocks: list[Sequence]) -> None:
        """One segment's postings, in blocks of ``counts`` postings with these values."""
        self._segments.append(docs)
        self._counts += counts
        self.blocks += blocks

    def places(self, docs: np.ndarray) -> tuple[list[int], list[int]]:
        """For each of ``docs`` that the term's postings hold, its block and its place in the
        block (the values there are ``blocks[block][place]``)."""
        if self._docs is None:
            self._docs = np.concatenate(self._segments)
            counts = np.array(self._counts, np.int64)
            self._starts = np.cumsum(counts) - counts
        at = np.searchsorted(self._docs, docs)
        block = np.maximum(np.searchsorted(self._starts, at, side="right") - 1, 0)
        return block.tolist(), (at - self._starts[block]).tolist()

    def positions(self, doc: int, format_) -> list[int]:
        """The term's positions in one document (none if the document lacks the term)."""
        if not self.blocks:
            return []
        (block,), (place,) = self.places(np.array([doc]))
        at = int(self._starts[block]) + place
        if at >= len(self._docs) or self._docs[at] != doc:
            return []
        return format_.decode_positions(self.blocks[block][place])


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
        self._leaves = [(leaf, base, np.array(sorted(leaf.deleted_docs_set), np.int64) if leaf.has_deletions()
                         else None)
                        for leaf, base in searcher.reader().leaf_readers()]
        self._norms: dict[str, np.ndarray] = {}
        # terms read lately, least recent first: (field, term) -> (matches, their values)
        self._terms: OrderedDict[tuple[str, bytes], tuple[Matches, _Values]] = OrderedDict()
        self._kept_postings = 0
        self._allowed: tuple[object, np.ndarray] | None = None   # the last filter, as documents
        self._columns: dict[str, np.ndarray] = {}

    # ------------------------------------------------------------------ the public side

    @staticmethod
    def supports(query: Q.Query) -> bool:
        """Whether ``top`` can rank this query (else Whoosh must)."""
        if isinstance(query, Q.AndMaybe):
            return _plain(query.a) and _phrases(query.b) is not None
        return _plain(query)

    def top(self, query: Q.Query, limit: int, allowed: Iterable[int] | None = None) -> Ranked | None:
        """The best ``limit`` matches of ``query`` among the ``allowed`` documents (all if ``None``;
        ascending document numbers, as a set or Whoosh's ``BitSet`` gives them)."""
        if not self.supports(query):
            return None
        self._forget()
        if isinstance(query, Q.AndMaybe):
            matches = self._scores(query.a, allowed)
            return Ranked(self._with_phrases(matches, _phrases(query.b), limit), len(matches))
        matches = self._scores(query, allowed)
        return Ranked(_best(matches, limit), len(matches))

    def top_by(self, query: Q.Query, field: str, limit: int, allowed: Iterable[int] | None = None, *,
               reverse: bool = False) -> Ranked | None:
        """The first ``limit`` matches in the order of a sortable field's values (as Whoosh's
        ``FieldFacet`` sorts them, equal values in document order), or ``None`` as ``top``."""
        if not self.supports(query):
            return None
        self._forget()
        matches = self._scores(query.a if isinstance(query, Q.AndMaybe) else query, allowed)
        values = self.column(field)[matches.docs]
        keys = ~values if reverse else values   # ~ reverses integers' order, the default's included
        first = matches.docs[np.lexsort((matches.docs, keys))[:max(limit, 0)]]
        return Ranked([(doc, 0.0) for doc in first.tolist()], len(matches))

    def column(self, field: str) -> np.ndarray:
        """A numeric column's raw values for every document of the index (in the order Whoosh
        sorts them), read in one piece per segment and kept with the searcher: sorting matches
        by them is one array step, and reads no stored article."""
        values = self._columns.get(field)
        if values is None:
            reader = self._searcher.reader()
            parts = [_column_values(leaf, field) for leaf, _ in reader.leaf_readers()]
            values = self._columns[field] = np.concatenate(parts) if parts else np.zeros(0, np.uint64)
        return values

    def positions(self, field: str, terms: Iterable[str], doc: int) -> dict[str, list[int]] | None:
        """Where each of ``terms`` stands in the document's ``field`` (no places where it does
        not), from the postings the latest searches read; ``None`` if one of the terms is not
        among them."""
        if field not in self._searcher.schema:
            return None
        schema_field = self._searcher.schema[field]
        found = {}
        for term in terms:
            known = self._terms.get((field, schema_field.to_bytes(term)))
            if known is None:
                return None
            found[term] = known[1].positions(doc, schema_field.format)
        return found

    # ------------------------------------------------------------------ scoring

    def _scores(self, query: Q.Query, allowed: Iterable[int] | None) -> Matches:
        matches = self._match(query)
        if allowed is not None:
            matches = matches.where(_found_in(matches.docs, self._allowed_docs(allowed))[0])
        return matches

    def _allowed_docs(self, allowed: Iterable[int]) -> np.ndarray:
        """The filter's documents as an array, kept for the next search: the archive hands the
        same filter object to the searches that repeat it."""
        if self._allowed is None or self._allowed[0] is not allowed:
            self._allowed = (allowed, np.fromiter(sorted(allowed) if isinstance(allowed, (set, frozenset))
                                                  else allowed, np.int64))
        return self._allowed[1]

    def _match(self, query: Q.Query) -> Matches:
        if isinstance(query, Q.Term):
            return self._term(query.fieldname, query.text).boosted(query.boost)
        parts = [self._match(sub) for sub in query.subqueries]
        if not parts:
            return _NONE
        if len(parts) == 1:   # Whoosh applies no compound boost to a single part
            return parts[0]
        combined = _intersection(parts) if isinstance(query, Q.And) else _union(parts)
        return combined.boosted(query.boost)

    def _term(self, field: str, text) -> Matches:
        """Every document holding the term, with its BM25F score (boost 1); remembered (``_keep``)."""
        schema_field = self._searcher.schema[field] if field in self._searcher.schema else None
        if schema_field is None:
            return _NONE
        try:
            btext = schema_field.to_bytes(text)
        except ValueError:
            return _NONE
        key = (field, btext)
        if key in self._terms:
            self._terms.move_to_end(key)
            return self._terms[key][0]
        bm25 = schema_field.scorable and isinstance(self._weighting, BM25F)
        if bm25:
            idf = self._searcher.idf(field, btext)
            k1_plus_1 = self._weighting.K1 + 1
            norm = self._norm_table(field)
        found: list[Matches] = []
        values = _Values()
        for leaf, base, deleted in self._leaves:
            docs, tfs = _postings(leaf, base, field, btext, values)
            if not len(docs):
                continue
            if bm25:   # the same operations in the same order as whoosh.scoring.bm25, so the same floats
                codes = np.frombuffer(field_length_codes(leaf._perdoc, field), np.uint8)
                scores = idf * ((tfs * k1_plus_1) / (tfs + norm[codes[docs - base]]))
            else:   # unscorable fields score their term frequency, as Whoosh's WeightScorer
                scores = tfs
            matches = Matches(docs, scores)
            if deleted is not None:
                matches = matches.where(~np.isin(docs - base, deleted, assume_unique=True))
            found.append(matches)
        matches = _joined(found)
        self._keep(key, matches, values)
        return matches

    def _keep(self, key: tuple[str, bytes], matches: Matches, values: _Values) -> None:
        """Remember a term read (for the rest of the query whatever its size: ``_forget`` trims
        the memory between queries)."""
        self._terms[key] = (matches, values)
        self._kept_postings += len(matches) or 1

    def _forget(self) -> None:
        """Forget the least recently used terms beyond ``KEPT_POSTINGS``."""
        while self._kept_postings > KEPT_POSTINGS and self._terms:
            _, (forgotten, _) = self._terms.popitem(last=False)
            self._kept_postings -= len(forgotten) or 1

    def _norm_table(self, field: str) -> np.ndarray:
        """BM25's length normalisation for each of the 256 one-byte field lengths Whoosh stores,
        computed as ``whoosh.scoring.bm25`` does (a length never written reads as 1)."""
        table = self._norms.get(field)
        if table is None:
            weighting = self._weighting
            b = weighting._field_B.get(field, weighting.B)
            k1 = weighting.K1
            average = self._searcher.avg_field_length(field) or 1
            table = np.array([k1 * ((1 - b) + b * (byte_to_length(code) if code else 1) / average)
                              for code in range(256)])
            self._norms[field] = table
        return table

    # ------------------------------------------------------------------ proximity

    def _with_phrases(self, matches: Matches, phrases: list[Q.Phrase], limit: int) -> list[tuple[int, float]]:
        """The top of ``matches`` once each gets the scores of the phrases it holds.

        A phrase adds its words' scores (times its boost) to a match that holds its
        words in order, each at most ``slop`` positions after the one before (Whoosh's
        ``SpanNear2``, ordered). Holding the words is the bound; their positions are
        read only for matches whose bound could lift them into the top.
        """
        if limit < 1:
            return []
        bounds = [(phrase, self._phrase_bound(phrase, matches)) for phrase in phrases]
        most = _sum([bound for _, bound in bounds])
        bounded, at = _found_in(matches.docs, most.docs)
        exact = matches.where(~bounded)
        pending = matches.where(bounded)
        upper = pending.scores + most.scores[at]
        # the best ``limit`` exact scores so far, least first: once full, its least is the floor
        top = np.sort(exact.scores)[::-1][:limit].tolist()
        heapq.heapify(top)
        checked_docs: list[int] = []
        checked_scores: list[float] = []
        for docs, scores, uppers, bonus in self._batches(pending, upper, bounds):
            for index, doc in enumerate(docs):
                if len(top) == limit and uppers[index] < top[0]:
                    break   # no unchecked match can reach the top
                score = scores[index] + bonus(index)
                checked_docs.append(doc)
                checked_scores.append(score)
                (heapq.heappush if len(top) < limit else heapq.heappushpop)(top, score)
            else:
                continue
            break
        return _best(Matches(np.concatenate([exact.docs, np.array(checked_docs, np.int64)]),
                             np.concatenate([exact.scores, np.array(checked_scores)])), limit)

    def _batches(self, pending: Matches, upper: np.ndarray, bounds: list[tuple[Q.Phrase, Matches]]):
        """The pending matches, highest bound first (equal bounds in document order), in batches
        of doubling size: (documents, scores, bounds, and a function of a match's place in the
        batch giving what the phrases it holds add). Where a batch's positions are is found for
        all of its matches in one step; they are read only for the matches checked."""
        order = np.lexsort((pending.docs, -upper))
        start, size = 0, FIRST_CHECKS
        while start < len(order):
            slots = order[start:start + size]
            docs = pending.docs[slots]
            yield docs.tolist(), pending.scores[slots].tolist(), upper[slots].tolist(), self._bonus(bounds, docs)
            start, size = start + size, size * 2

    def _bonus(self, bounds: list[tuple[Q.Phrase, Matches]], docs: np.ndarray):
        """A function of a place in ``docs`` giving the sum of the bounds of the phrases that
        match holds (summed in the phrases' order, as ``sum`` adds them)."""
        checks = []
        for phrase, bound in bounds:
            if not len(bound):   # no match holds all its words (or one is not in the index)
                continue
            holds, at = _found_in(docs, bound.docs)
            adds = np.zeros(len(docs))
            adds[holds] = bound.scores[at]
            field = self._searcher.schema[phrase.fieldname]
            words = [self._terms[(phrase.fieldname, field.to_bytes(word))][1] for word in phrase.words]
            checks.append((phrase, field.format, holds.tolist(), adds.tolist(),
                           [(values.blocks, *values.places(docs)) for values in words]))

        def bonus(index: int) -> float:
            return sum(adds[index] for phrase, format_, holds, adds, words in checks
                       if holds[index] and _in_order(phrase, _positions_of(index, format_, words)))
        return bonus

    def _phrase_bound(self, phrase: Q.Phrase, matches: Matches) -> Matches:
        """For matches holding all of the phrase's words in its field, what the phrase would add."""
        parts = [self._term(phrase.fieldname, word) for word in phrase.words]
        if not parts or not all(len(part) for part in parts):
            return _NONE
        # summed word by word from 0, as Python's sum() adds them
        held = _narrowed(Matches(matches.docs, np.zeros(len(matches))), parts)
        return Matches(held.docs, phrase.boost * held.scores)


# ---------------------------------------------------------------------- helpers


def _in_order(phrase: Q.Phrase, positions: Iterable[list[int]]) -> bool:
    """Whether the phrase's words, at these positions (word by word, read as needed), stand
    in order, each within ``slop`` of the last."""
    ends: set[int] | None = None
    for word_positions in positions:
        if ends is None:
            ends = set(word_positions)
        else:
            ends = {later for later in word_positions if any(1 <= later - end <= phrase.slop for end in ends)}
        if not ends:
            return False
    return True


def _positions_of(index: int, format_, words: list[tuple[list[Sequence], list[int], list[int]]]) -> Iterator[list[int]]:
    """The positions of each word (its blocks' values, and each match's block and place in
    it) in the ``index``-th match, decoded as they are asked for."""
    for blocks, block, place in words:
        yield format_.decode_positions(blocks[block[index]][place[index]])


def _column_values(leaf, field: str) -> np.ndarray:
    """A segment's raw values of a numeric column, one per document; a segment written before
    the field had a column gives the column's default for each."""
    column = leaf.column_reader(field, translate=False)
    count = leaf.doc_count_all()
    if isinstance(column, NumericColumn.Reader):
        stored = min(column._count, count)
        raw = column._dbfile.get(column._basepos, stored * column._fixedlen)
        values = np.full(count, column._default, np.dtype(column._typecode))
        values[:stored] = np.frombuffer(raw, np.dtype(">" + column._typecode))
        return values
    return np.array([column[doc] for doc in range(count)])


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


def _postings(leaf, base: int, field: str, btext: bytes, found: _Values) -> tuple[np.ndarray, np.ndarray]:
    """A term's postings in one segment: documents (in the whole index) and term frequencies,
    their blocks' values added to ``found`` (for their positions). Blocks in
    ``blocks.py``'s layout are decoded all at once from their raw heads: one block at a time,
    the array calls per block cost more than the arithmetic."""
    format_ = leaf.schema[field].format
    read_split = getattr(leaf._terms, "split_postings", None)   # the archive's term table (storage.py)
    split = read_split(field, btext) if read_split else None
    try:
        matcher = None if split is not None else leaf._terms.matcher(field, btext, format_)
    except TermNotFound:
        return _NONE.docs, _NONE.scores
    counts: list[int] = []
    values: list[Sequence] = []
    if split is not None or isinstance(matcher, SplitBlockMatcher):
        deltas, weights = [], []
        blocks = split_blocks(split, format_.fixed_value_size()) if split is not None else matcher.blocks()
        for block_deltas, block_weights, block_values in blocks:
            deltas.append(block_deltas)
            weights.append(block_weights)
            values.append(block_values)
            counts.append(len(block_values))
        steps = np.concatenate(deltas).astype(np.int64)
        docs = np.cumsum(steps)
        starts = np.cumsum(counts) - counts
        docs -= np.repeat(docs[starts] - steps[starts], counts)   # each block's first delta is from 0
        tfs = np.concatenate(weights).astype(np.float64)
    else:   # segments in Whoosh's own layout, and postings kept inside the term's entry
        ids: list[int] = []
        frequencies: list[float] = []
        for block_ids, block_weights, block_values in posting_blocks(matcher):
            ids.extend(block_ids)
            frequencies.extend(block_weights)
            values.append(block_values)
            counts.append(len(block_ids))
        docs, tfs = np.array(ids, np.int64), np.array(frequencies, np.float64)
    docs += base
    if counts:
        found.add(docs, counts, values)
    return docs, tfs


def _joined(parts: list[Matches]) -> Matches:
    """Matches in segments after one another (their documents in ascending ranges) as one."""
    if len(parts) < 2:
        return parts[0] if parts else _NONE
    return Matches(np.concatenate([part.docs for part in parts]), np.concatenate([part.scores for part in parts]))


def _found_in(docs: np.ndarray, within: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Which of ``docs`` are in ``within`` (a mask over ``docs``), and where (their indexes in
    ``within``); both arrays ascending."""
    if not len(within):
        return np.zeros(len(docs), bool), np.zeros(0, np.int64)
    at = np.minimum(np.searchsorted(within, docs), len(within) - 1)
    inside = within[at] == docs
    return inside, at[inside]


def _intersection(parts: list[Matches]) -> Matches:
    """Documents in every part, scores summed from the smallest part on."""
    parts = sorted(parts, key=len)
    return _narrowed(parts[0], parts[1:])


def _narrowed(start: Matches, parts: Iterable[Matches]) -> Matches:
    """The documents of ``start`` that every part holds, each part's score added in turn."""
    docs, scores = start.docs, start.scores
    for part in parts:
        inside, at = _found_in(docs, part.docs)
        docs, scores = docs[inside], scores[inside] + part.scores[at]
    return Matches(docs, scores)


def _union(parts: list[Matches]) -> Matches:
    return _sum(sorted(parts, key=len, reverse=True))


def _sum(parts: Sequence[Matches]) -> Matches:
    """Documents in any part, each one's scores summed in the parts' order (the floats a loop
    adding one part after another gives). A stable sort keeps that order among a document's
    scores, and merges the parts' ascending runs instead of sorting them afresh."""
    if not parts:
        return _NONE
    if len(parts) == 1:
        return parts[0]
    docs = np.concatenate([part.docs for part in parts])
    order = np.argsort(docs, kind="stable")
    docs = docs[order]
    first = np.ones(len(docs), bool)
    np.not_equal(docs[1:], docs[:-1], out=first[1:])
    slots = np.cumsum(first) - 1
    scores = np.bincount(slots, weights=np.concatenate([part.scores for part in parts])[order])
    return Matches(docs[first], scores)


def _best(matches: Matches, limit: int) -> list[tuple[int, float]]:
    """Best score first; equal scores in document order, as Whoosh's collector keeps them.

    The ``limit``-th best score is found first (a million-article query matches tens of
    thousands); only matches reaching it are sorted."""
    if limit < 1:
        return []
    docs, scores = matches.docs, matches.scores
    if len(scores) > limit:
        floor = np.partition(scores, len(scores) - limit)[len(scores) - limit]
        keep = scores >= floor
        docs, scores = docs[keep], scores[keep]
    order = np.lexsort((docs, -scores))[:limit]
    return list(zip(docs[order].tolist(), scores[order].tolist()))
