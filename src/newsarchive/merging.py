"""Merging segments by streaming their sorted postings, and when to merge.

Every search pays per segment (term lookups, matcher set-up, one more posting
list per term), so an index of many small segments searches several times
slower than the same articles in one. Whoosh merges by pickling every posting of
every merged segment into a sorting pool and reading it back; but each segment's
postings are already sorted by field, term and document, so a k-way merge of
the segments' posting streams is the merged order, written straight to the new
segment (about twice as fast, and memory stays flat).

Merging is still slow in pure Python (a few milliseconds per article, more than
analysing it), so only small segments are merged as a matter of course: those
that page indexing (a commit every thousand pages) and small incremental runs
leave behind. The policy is tiered, as in most search engines: segments under
``SMALL_SEGMENT`` articles are grouped by order of magnitude of their size, and
when one tier holds ``TIER_LIMIT`` segments they become one segment of the next
tier, so that each article is rewritten about once per tier it climbs. Bulk
builds write large segments directly (``index_articles``' batches), and
``--optimize`` merges everything when an archive is searched far more than it
changes.
"""
from __future__ import annotations

import heapq
import math
from operator import itemgetter
from typing import Iterator, Sequence

from whoosh.reading import SegmentReader

from .storage import posting_blocks

#: Segments of one size tier (a factor of ten) allowed before they are merged into one.
TIER_LIMIT = 3
#: Segments of this many articles or more are merged only on request (``merge_all``).
SMALL_SEGMENT = 20_000
_TERM = itemgetter(0, 1)


def segments_to_merge(sizes: Sequence[int]) -> list[int]:
    """Indexes (into ``sizes``, document counts) of the segments to merge now, or [] to leave them.

    Tiers of small segments are walked from the smallest: a tier at its limit is
    merged, and the merged segment counts in the tier it lands in, which may then
    reach its own.
    """
    order = [index for index in sorted(range(len(sizes)), key=sizes.__getitem__) if sizes[index] < SMALL_SEGMENT]
    chosen: list[int] = []
    merged = 0
    for tier in sorted({_tier(sizes[index]) for index in order}):
        members = [index for index in order if _tier(sizes[index]) == tier]
        lands_here = bool(chosen) and _tier(merged) == tier
        if len(members) + lands_here >= TIER_LIMIT:
            chosen.extend(members)
            merged += sum(sizes[index] for index in members)
    return chosen if len(chosen) > 1 else []


def _tier(documents: int) -> int:
    return int(math.log10(max(documents, 1)))


def merge(writer, segments: list) -> list:
    """A Whoosh merge policy (``writer.commit(mergetype=merge)``): merges ``segments_to_merge``
    of ``segments`` into the writer's new segment and returns the segments kept as they are."""
    chosen = set(segments_to_merge([segment.doc_count() for segment in segments]))
    if not chosen:
        return list(segments)
    merge_into(writer, [segment for index, segment in enumerate(segments) if index in chosen])
    return [segment for index, segment in enumerate(segments) if index not in chosen]


def merge_all(writer, segments: list) -> list:
    """A Whoosh merge policy rewriting every segment as one (``--optimize``)."""
    if len(segments) > 1:
        merge_into(writer, list(segments))
        return []
    return list(segments)


def merge_into(writer, segments: list) -> None:
    """Copy the live documents of ``segments`` into ``writer``'s new segment.

    Stored fields, lengths and columns are copied document by document (Whoosh's
    own code, which also drops deleted documents); the postings are merged as
    streams when the writer flushes its segment. The writer must have no
    documents of its own.
    """
    readers = [SegmentReader(writer.storage, writer.schema, segment) for segment in segments]
    streams = []
    for reader in readers:
        fieldnames = set(writer.schema.names()) | {name for name in reader.indexed_field_names()
                                                   if name in writer.schema}
        start = writer.docnum
        docmap = writer.write_per_doc(fieldnames, reader)
        streams.append(writer._process_posts(_live_postings(reader), start, docmap))
    writer.pool = _MergedPostings(heapq.merge(*streams, key=_TERM), readers)
    writer._added = True


def _live_postings(reader) -> Iterator[tuple]:
    """The segment's postings in (field, term, document) order, deleted documents left out.

    Terms are read in file order with their entries, so no term is looked up in
    the hash table (a lookup per term was half of a merge's time)."""
    deleted = reader.deleted_docs_set if reader.has_deletions() else frozenset()
    terms = reader._terms
    schema = reader.schema
    for (fieldname, btext), info in terms.items():
        if fieldname not in schema:
            continue
        matcher = terms._codec.postings_reader(terms._postfile, info, schema[fieldname].format,
                                               term=(fieldname, btext))
        for ids, weights, values in posting_blocks(matcher):
            for doc, weight, value in zip(ids, weights, values):
                if doc not in deleted:
                    yield fieldname, btext, doc, weight, value


class _MergedPostings:
    """Stands in for the writer's sorting pool: its postings come already in order."""

    def __init__(self, postings: Iterator[tuple], readers: list) -> None:
        self._postings = postings
        self._readers = readers

    def iter_postings(self) -> Iterator[tuple]:
        return self._postings

    def add(self, item) -> None:
        raise RuntimeError("a merging writer takes no documents of its own")

    def cleanup(self) -> None:
        for reader in self._readers:
            reader.close()
