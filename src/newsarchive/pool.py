"""The postings of a segment being written, kept per term until the segment is flushed.

Whoosh's writer puts every posting into a sorting pool as a tuple, and when the
pool outgrows its memory it sorts the tuples and pickles them one by one to a
run file, read back one by one and merged by a heap at the end: most of a
build's time (4.5 s of 17 s for 4,000 articles in the sorting and pickling
alone). Here each term's postings are appended to arrays as they come: documents
arrive in order, so a term's postings are already sorted and only the terms need
sorting. A prose field's terms come a document's field at a time (``add_field``,
from the analysis's positions), not as one call per posting. When the pool
outgrows its memory it writes a run a term at a time (one pickle per term), and
the runs are merged term by term.
"""
from __future__ import annotations

import heapq
import pickle
import secrets
from array import array
from itertools import groupby
from operator import itemgetter
from typing import Callable, Iterator

#: What a term and a posting cost in memory, roughly: the pool's size estimate.
_TERM_BYTES = 400
_POSTING_BYTES = 55
_KEY = itemgetter(0)

Term = tuple[str, bytes]
#: A term's postings: document numbers, weights and encoded values (positions).
Postings = tuple[array, array, list]


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
        self._fields: dict[str, dict[bytes, Postings]] = {}   # field -> term -> postings
        self._size = 0
        self._runs: list[str] = []

    def add(self, item: tuple) -> None:
        """One posting: (field, term bytes, document number, weight, encoded value)."""
        fieldname, btext, docnum, weight, value = item
        postings = self._postings(self._terms_of(fieldname), btext)
        postings[0].append(docnum)
        postings[1].append(weight)
        postings[2].append(value)
        self._size += _POSTING_BYTES + (len(value) if value else 0)
        if self._size > self._limit:
            self._write_run()

    def add_field(self, fieldname: str, docnum: int, positions: dict[str, list[int]], boost: float,
                  encode: Callable[[list[int]], bytes]) -> None:
        """A document's terms in one field with their positions: the postings ``add`` would get
        from Whoosh's writer (weight: the term's count times the format's ``boost``; value: the
        positions ``encode``d)."""
        terms = self._terms_of(fieldname)
        size = 0
        for term, places in positions.items():
            btext = term.encode("utf-8")
            postings = terms.get(btext) or self._postings(terms, btext)
            value = encode(places)
            postings[0].append(docnum)
            postings[1].append(len(places) * boost)
            postings[2].append(value)
            size += _POSTING_BYTES + len(value)
        self._size += size
        if self._size > self._limit:
            self._write_run()

    def _terms_of(self, fieldname: str) -> dict[bytes, Postings]:
        terms = self._fields.get(fieldname)
        if terms is None:
            terms = self._fields[fieldname] = {}
            self.fieldnames.add(fieldname)
        return terms

    def _postings(self, terms: dict[bytes, Postings], btext: bytes) -> Postings:
        postings = terms.get(btext)
        if postings is None:
            postings = terms[btext] = (array("i"), array("d"), [])
            self._size += _TERM_BYTES + len(btext)
        return postings

    def _sorted(self) -> Iterator[tuple[Term, Postings]]:
        """The terms in memory with their postings, in (field, term) order."""
        for fieldname in sorted(self._fields):
            terms = self._fields[fieldname]
            for btext in sorted(terms):
                yield (fieldname, btext), terms[btext]

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
        self._size = 0

    def _read_run(self, path: str) -> Iterator[tuple[Term, Postings]]:
        with self._tempstorage.open_file(path).raw_file() as run:
            while True:
                try:
                    term, ids, weights, values = pickle.load(run)
                except EOFError:
                    return
                yield term, (array("i", ids), array("d", weights), values)


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
