"""Near-duplicate detection for wire copy: the same agency story run by several sites.

Each article gets a bottom-k sketch: the k smallest hashes of its word 4-shingles.
Two texts' sketches estimate their resemblance (Jaccard similarity of shingle sets)
and, because a lightly edited copy keeps most of its shingles, also how much of the
shorter text the longer one contains. Sketches are computed once at index time and
kept in a column of fixed-size values (``pack``), so that checking a candidate
reads 257 bytes, not the stored article; the smallest few hashes are also indexed
as terms, so the copies of an article are found with one term lookup instead of
a scan.
"""
from __future__ import annotations

import re
import struct
import unicodedata
import zlib
from bisect import bisect_right

from .scripts import COMBINING_MARKS

SKETCH_SIZE = 64        # hashes kept per article
LOOKUP_TERMS = 12       # of which this many are indexed for finding candidates
#: ...and this many looked up per search: a copy holding half the story shares one of its
#: six smallest hashes with probability 1 - 0.5**6 (98 %), a typical copy (90 %) surely.
SEARCH_TERMS = 6
SHINGLE = 4             # words per shingle
#: Share of the shorter text's sketch found in the other's above which two articles are
#: copies of one story. Chosen on bench/copies.jsonl: copies score 0.6-1.0, different
#: stories on the same event below 0.1 (see bench/copies.py).
COPY_THRESHOLD = 0.5

#: A word with its combining marks (a Hindi word's vowel signs), as the search reads it.
_WORD = re.compile(rf"[\w{COMBINING_MARKS}]+")


def sketch(text: str) -> tuple[int, ...]:
    """The ``SKETCH_SIZE`` smallest shingle hashes, ascending (empty for very short texts)."""
    words = _WORD.findall(unicodedata.normalize("NFC", text.lower()))
    if len(words) < SHINGLE:
        return ()
    shingles = map(" ".join, zip(*(words[start:] for start in range(SHINGLE))))
    hashes = set(map(zlib.crc32, map(str.encode, shingles)))   # in C: no Python step per shingle
    return tuple(sorted(hashes)[:SKETCH_SIZE])


def lookup_terms(values: tuple[int, ...]) -> list[str]:
    return [f"{value:08x}" for value in values[:LOOKUP_TERMS]]


def containment(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    """Estimated share of the smaller text's shingles that the other text also has.

    Among the hashes below both sketches' horizon (the smaller of their largest
    values) the sets are complete samples, so their overlap estimates the overlap
    of the texts.
    """
    if not a or not b:
        return 0.0
    horizon = min(a[-1], b[-1])
    sample_a = a[:bisect_right(a, horizon)]   # sketches ascend: the samples are their beginnings
    sample_b = b[:bisect_right(b, horizon)]
    smaller = min(len(sample_a), len(sample_b))
    return len(set(sample_a).intersection(sample_b)) / smaller if smaller else 0.0


def are_copies(a: tuple[int, ...], b: tuple[int, ...]) -> bool:
    return containment(a, b) >= COPY_THRESHOLD


def encode(values: tuple[int, ...]) -> str:
    return " ".join(f"{value:08x}" for value in values)


def decode(text: str) -> tuple[int, ...]:
    return tuple(int(part, 16) for part in (text or "").split())


#: Bytes of a packed sketch: the hash count, then ``SKETCH_SIZE`` hashes (zeros past the count).
PACKED_SIZE = 1 + 4 * SKETCH_SIZE
_PACKED = struct.Struct(f">B{SKETCH_SIZE}I")


def pack(values: tuple[int, ...]) -> bytes:
    """A sketch as one fixed-size column value (read by position, no offsets to load)."""
    return _PACKED.pack(len(values), *values, *(0,) * (SKETCH_SIZE - len(values)))


def unpack(data: bytes) -> tuple[int, ...]:
    """``pack``'s sketch; empty or zero bytes (an article indexed without one) give ()."""
    if not data:
        return ()
    count, *values = _PACKED.unpack(data)
    return tuple(values[:count])
