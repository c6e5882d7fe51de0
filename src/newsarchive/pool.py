"""The postings of a segment being written, kept per term until the segment is flushed.

Whoosh's writer puts every posting into a sorting pool as a tuple, and when the
pool outgrows its memory it sorts the tuples and pickles them one by one to a
run file, read back one by one and merged by a heap at the end: most of a
build's time (4.5 s of 17 s for 4,000 articles in the sorting and pickling
alone). Here the postings of names, ids and dates are appended to each term's
arrays as they come: documents arrive in order, so a term's postings are already
sorted and only the terms need sorting. A prose field's texts (most of the
postings) are kept as one sequence of term numbers (``ProseTokens``), a few steps
per text rather than several per word, and turned into postings by one sort when
the pool is written. When the pool outgrows its memory it writes a run a term at
a time (one pickle per term), and the runs are merged term by term.
"""
from __future__ import annotations

import heapq
import pickle
import secrets
from array import array
from itertools import groupby
from operator import itemgetter
from typing import Iterator

import numpy as np

from .analysis import encode_positions, single_positions

#: What a term and a posting cost in memory, roughly: the pool's size estimate. A term of one
#: posting keeps it as a tuple (``_SINGLE_BYTES``), a term of more in arrays (``_TERM_BYTES``).
_SINGLE_BYTES = 200
_TERM_BYTES = 450
_POSTING_BYTES = 55
_WORD_BYTES = 120
#: What a prose token costs in memory until its field's postings are made.
_TOKEN_BYTES = 4
#: Tokens whose postings ``ProseTokens.postings`` makes at once (about 45 bytes each meanwhile).
_FLUSH_TOKENS = 1_000_000
#: Postings ``ProseTokens.postings`` makes Python objects of at a time (a term's all at once).
_POSTINGS_AT_ONCE = 65_536
_KEY = itemgetter(0)

Term = tuple[str, bytes]
#: A term's postings: document numbers, weights and encoded values (positions).
Postings = tuple[array, array, list]
#: A term's one posting: document number, weight and encoded value.
Single = tuple[int, float, bytes]


class TermGroups:
    """Every term of a pool with its postings, in (field, term) order: what ``_FieldWriter``
    writes a term at a time (as an iterable of postings, what Whoosh's field writer reads)."""

    def __init__(self, groups: Iterator[tuple[Term, Postings]]) -> None:
        self.groups = groups

    def __iter__(self) -> Iterator[tuple]:
        for (fieldname, btext), (ids, weights, values) in self.groups:
            for docnum, weight, value in zip(ids, weights, values):
                yield fieldname, btext, docnum, weight, value


class TermPool:
    """Stands in for Whoosh's ``PostingPool`` in a segment writer (``add``, ``iter_postings``,
    ``cleanup``, ``fieldnames``), keeping at most about ``limitmb`` megabytes in memory."""

    def __init__(self, tempstorage, limitmb: float = 128) -> None:
        self.fieldnames: set[str] = set()
        self._tempstorage = tempstorage
        self._limit = limitmb * 1024 * 1024
        self._fields: dict[str, dict[bytes, Postings | Single]] = {}   # field -> term -> postings
        self._prose: dict[str, ProseTokens] = {}   # field -> its texts' tokens
        self._size = 0
        self._runs: list[str] = []

    def add(self, item: tuple) -> None:
        """One posting: (field, term bytes, document number, weight, encoded value)."""
        fieldname, btext, docnum, weight, value = item
        self.add_terms(fieldname, docnum, ((btext, 0, weight, value),))

    def add_terms(self, fieldname: str, docnum: int, postings) -> int:
        """A document's terms in one field, as ``field.index`` gives them (term bytes, count,
        weight, encoded value); returns the count of the terms."""
        terms = self._terms_of(fieldname)
        length = size = 0
        for btext, frequency, weight, value in postings:
            length += frequency
            found = terms.get(btext)
            if found is None:   # most terms of names, ids, dates and sketches have one posting
                terms[btext] = (docnum, weight, value)
                size += _SINGLE_BYTES + len(btext) + (len(value) if value else 0)
                continue
            if type(found[0]) is int:
                found = terms[btext] = _as_postings(found)
                size += _TERM_BYTES - _SINGLE_BYTES
            found[0].append(docnum)
            found[1].append(weight)
            found[2].append(value)
            size += _POSTING_BYTES + (len(value) if value else 0)
        self._size += size
        if self._size > self._limit:
            self._write_run()
        return length

    def add_text(self, fieldname: str, docnum: int, text: str, analyzer, boost: float) -> int:
        """A document's prose field, analysed by ``analyzer`` (a ``TextAnalyzer``): the postings
        Whoosh's writer would add (weight: a term's count times the format's ``boost``; value:
        its positions as ``encode_positions`` encodes them), kept as the field's sequence of
        term numbers (``ProseTokens``) until the pool is written. Returns the field's length
        (its terms counted)."""
        tokens = self._prose.get(fieldname)
        if tokens is None:
            if fieldname in self._fields:   # a field given postings one by one stays that way
                return self.add_terms(fieldname, docnum, (
                    (term.encode("utf-8"), len(places), len(places) * boost, encode_positions(places))
                    for term, places in analyzer.positions(text).items()))
            tokens = self._prose[fieldname] = ProseTokens(analyzer, boost)
            self.fieldnames.add(fieldname)
        before = tokens.size
        length = tokens.add(docnum, text)
        self._size += tokens.size - before
        if self._size > self._limit:
            self._write_run()
        return length

    def _terms_of(self, fieldname: str) -> dict[bytes, Postings | Single]:
        terms = self._fields.get(fieldname)
        if terms is None:
            terms = self._fields[fieldname] = {}
            self.fieldnames.add(fieldname)
            prose = self._prose.pop(fieldname, None)
            if prose is not None:   # postings one by one for a field so far given whole texts
                terms.update(prose.postings())
        return terms

    def _sorted(self) -> Iterator[tuple[Term, Postings]]:
        """The terms in memory with their postings, in (field, term) order."""
        for fieldname in sorted({*self._fields, *self._prose}):
            if fieldname in self._prose:
                for btext, postings in self._prose[fieldname].postings():
                    yield (fieldname, btext), postings
                continue
            terms = self._fields[fieldname]
            for btext in sorted(terms):
                postings = terms[btext]
                yield (fieldname, btext), _as_postings(postings) if type(postings[0]) is int else postings

    def iter_postings(self) -> TermGroups:
        runs = [self._read_run(path) for path in self._runs]
        return TermGroups(_merged([*runs, self._sorted()]))

    def cleanup(self) -> None:
        for path in self._runs:
            if self._tempstorage.file_exists(path):
                self._tempstorage.delete_file(path)
        self._runs = []

    def _write_run(self) -> None:
        path = f"{secrets.token_hex(12)}.run"
        with self._tempstorage.create_file(path).raw_file() as run:
            for term, (ids, weights, values) in self._sorted():
                pickle.dump((term, ids.tobytes(), weights.tobytes(), values), run, pickle.HIGHEST_PROTOCOL)
        self._runs.append(path)
        self._fields = {}
        for tokens in self._prose.values():
            tokens.clear()
        self._size = 0

    def _read_run(self, path: str) -> Iterator[tuple[Term, Postings]]:
        with self._tempstorage.open_file(path).raw_file() as run:
            while True:
                try:
                    term, ids, weights, values = pickle.load(run)
                except EOFError:
                    return
                yield term, (array("i", ids), array("d", weights), values)


def _as_postings(single: Single) -> Postings:
    """A term's one posting as the arrays of a term of several."""
    docnum, weight, value = single
    return array("i", (docnum,)), array("d", (weight,)), [value]


class ProseTokens:
    """A prose field's texts since the pool's last run, as one sequence of term numbers.

    A text's words become term numbers through a memo of surface words (-1 for a stop
    word, which keeps its position), so adding a text is a few steps per text rather
    than several per word: a term's position in a text is its place in the text's
    sequence. The postings (a term's documents, counts and encoded positions) are
    made only when the pool is written, by sorting the numbers once (numpy).
    """

    _STOP = -1

    def __init__(self, analyzer, boost: float) -> None:
        self.analyzer = analyzer
        self.boost = boost
        self.clear()

    def clear(self) -> None:
        self.terms: list[str] = []                 # term number -> term
        self._numbers: dict[str, int] = {}         # term -> term number
        self._words: dict[str, int] = {}           # surface word -> term number, or _STOP
        self._spans: dict[str, tuple[int, ...]] = {}   # a word of several terms (CJK) -> their numbers
        self.tokens = array("i")
        self.docnums = array("i")
        self.starts = array("q")                   # where each text's tokens begin
        self.size = 0

    def add(self, docnum: int, text: str) -> int:
        """Adds ``docnum``'s text; returns its length (its terms, stop words left out)."""
        words = self.analyzer.words(text)
        known = self._words
        unseen = set(words).difference(known)
        if unseen:
            self._learn(unseen)
        self.docnums.append(docnum)
        self.starts.append(len(self.tokens))
        before = len(self.tokens)
        if self._spans and not self._spans.keys().isdisjoint(words):
            spans = self._spans
            self.tokens.extend(number for word in words for number in spans.get(word) or (known[word],))
        else:
            self.tokens.extend(map(known.__getitem__, words))
        added = len(self.tokens) - before
        self.size += _TOKEN_BYTES * added + 16
        return added - self.tokens[before:].count(self._STOP)

    def _learn(self, words: set[str]) -> None:
        numbers = self._numbers
        for word in words:
            found = []
            for term in self.analyzer.terms_of(word):
                number = numbers.get(term)
                if number is None:
                    number = numbers[term] = len(self.terms)
                    self.terms.append(term)
                    self.size += _TERM_BYTES + len(term)
                found.append(number)
            if len(found) > 1:
                self._spans[word] = tuple(found)
            self._words[word] = found[0] if found else self._STOP
            self.size += _WORD_BYTES + len(word)

    def postings(self) -> Iterator[tuple[bytes, Postings]]:
        """Every term's postings, terms in byte order, documents ascending.

        Made for a range of terms at a time, each range holding about ``_FLUSH_TOKENS``
        tokens, so that making them takes a bounded amount of memory however many
        texts the field holds."""
        if not self.tokens:
            return
        btexts = [term.encode("utf-8") for term in self.terms]
        order = sorted(range(len(btexts)), key=btexts.__getitem__)
        rank = np.empty(len(order) + 1, np.int32)   # a term's place in byte order; stop words last
        rank[order] = np.arange(len(order), dtype=np.int32)
        rank[self._STOP] = len(order)
        keys = rank[np.frombuffer(self.tokens, np.int32)]
        per_rank = np.bincount(keys, minlength=len(order) + 1)[:-1]
        kept = int(per_rank.sum())
        passes = max(1, -(-kept // _FLUSH_TOKENS))
        cuts = np.searchsorted(np.cumsum(per_rank), np.arange(1, passes) * (kept / passes))
        bounds = [0, *sorted(set(cuts.tolist()) - {0}), len(order)]
        for low, high in zip(bounds, bounds[1:]):
            chosen = np.flatnonzero((keys >= low) & (keys < high)) if passes > 1 else np.flatnonzero(keys < high)
            for key, postings in self._range_postings(keys, chosen):
                yield btexts[order[key]], postings

    def _range_postings(self, keys: np.ndarray, chosen: np.ndarray) -> Iterator[tuple[int, Postings]]:
        """The postings of the tokens ``chosen`` (their indexes, ascending), by term rank."""
        by_term = chosen[np.argsort(keys[chosen], kind="stable")]   # stable: documents, positions in order
        del chosen
        ranks = keys[by_term]
        starts = np.frombuffer(self.starts, np.int64)
        text = np.searchsorted(starts, by_term, side="right") - 1
        places = (by_term - starts[text]).astype(np.int32)
        docs = np.frombuffer(self.docnums, np.int32)[text]
        del by_term, text
        new_posting = np.ones(len(ranks), bool)
        new_posting[1:] = (ranks[1:] != ranks[:-1]) | (docs[1:] != docs[:-1])
        posting_starts = np.flatnonzero(new_posting)
        del new_posting
        counts = np.diff(np.append(posting_starts, len(ranks)))
        posting_ranks = ranks[posting_starts]
        posting_docs = docs[posting_starts]
        del ranks, docs
        new_term = np.ones(len(posting_starts), bool)
        new_term[1:] = posting_ranks[1:] != posting_ranks[:-1]
        term_starts = np.append(np.flatnonzero(new_term), len(posting_starts))
        # the terms of about _POSTINGS_AT_ONCE postings at a time: only theirs are Python objects at once
        cuts = np.unique(np.searchsorted(term_starts, np.arange(0, len(posting_starts), _POSTINGS_AT_ONCE)))
        for first, last in zip(cuts.tolist(), [*cuts[1:].tolist(), len(term_starts) - 1]):
            bounds = term_starts[first:last + 1]
            low, high = int(bounds[0]), int(bounds[-1])
            values = _encoded(places, posting_starts[low:high], counts[low:high])
            doc_list = posting_docs[low:high].tolist()
            weight_list = (counts[low:high] * self.boost).tolist()
            bound_list = (bounds - low).tolist()
            for rank, begin, end in zip(posting_ranks[bounds[:-1]].tolist(), bound_list, bound_list[1:]):
                yield rank, (array("i", doc_list[begin:end]), array("d", weight_list[begin:end]), values[begin:end])


def _encoded(places: np.ndarray, starts: np.ndarray, counts: np.ndarray) -> list[bytes]:
    """Each posting's positions (``places`` from ``starts``, ``counts`` of them) as
    ``encode_positions`` encodes them: a posting of one position (most of them) by a
    look-up, the others one by one."""
    firsts = places[starts].tolist()
    largest = max(firsts, default=0)
    memo = single_positions(largest)
    if largest < len(memo):
        values = list(map(memo.__getitem__, firsts))
    else:
        values = [memo[first] if first < len(memo) else encode_positions([first]) for first in firsts]
    for index in np.flatnonzero(counts > 1).tolist():
        start = int(starts[index])
        values[index] = encode_positions(places[start:start + int(counts[index])].tolist())
    return values


def _merged(streams: list[Iterator[tuple[Term, Postings]]]) -> Iterator[tuple[Term, Postings]]:
    """The terms of sorted streams in order, a term's postings joined in the streams' order
    (runs hold earlier documents than the runs and memory after them)."""
    if len(streams) == 1:
        yield from streams[0]
        return
    for term, parts in groupby(heapq.merge(*streams, key=_KEY), key=_KEY):
        parts = [postings for _, postings in parts]
        if len(parts) == 1:
            yield term, parts[0]
            continue
        ids, weights, values = array("i"), array("d"), []
        for part_ids, part_weights, part_values in parts:
            ids.extend(part_ids)
            weights.extend(part_weights)
            values.extend(part_values)
        yield term, (ids, weights, values)
