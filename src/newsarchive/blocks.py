"""The layout of a posting block: ids and weights apart from positions.

Whoosh pickles each block of 128 postings as one tuple of ids, weights and
values (the word's positions in each document, as bytes), compressed together.
Ranking needs the ids and weights of every block of every query word, and the
positions only of the few documents whose phrase bonus could change the top
results; yet unpickling a block's 128 position strings was most of the time of
reading it (about 150 of 190 us). So a block is written in two parts, each
stored on its own:

* the head, uncompressed: ids as deltas in the fewest bytes that hold the block's
  largest (one, two or four), and weights as one byte each when they are whole
  counts under 256, else 32-bit floats (or one flag byte when all are 1.0 or all
  equal); read as arrays straight from the file's bytes. Inflating a compressed
  head cost more than the rest of reading a block and saved only a quarter of
  its bytes. Heads written compressed before (a length without the top bit set:
  32-bit deltas and floats, zlib) are read as before;
* the values, decoded on first use: a block of variable-size values (positions)
  as their lengths (32-bit) and then the values joined, marked by a first byte
  that no pickle starts with; other values as Whoosh minifies them, pickled.
  Blocks written before the joined values pickled those too (each value a bytes
  object in a tuple), which took five times as long to decode and twice the space.

Block info (count, last id, maximum weight, compression, shortest and longest
document) holds what Whoosh's does, so skipping and block-quality checks are
unchanged, but packed with ``struct`` rather than pickled: unpickling it from the
file was a third of the time of moving to the next block. Segments written before
this layout keep Whoosh's and are read by Whoosh's matcher.
"""
from __future__ import annotations

import pickle
import struct
import zlib
from array import array
from itertools import accumulate, chain, pairwise
from operator import sub
from typing import Iterator, Sequence

import numpy as np
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.util.numeric import byte_to_length, length_to_byte

_HEAD_LENGTH = struct.Struct(">I")
#: the head length's top bit: the head is packed, not compressed
_PACKED = 0x80000000
#: a block's length in the file (negative for a term's last block), then its info
_INFO = struct.Struct(">iIIdBBB")
_ALL_ONE, _ALL_SAME, _EACH, _SMALL = 0, 1, 2, 3
#: a packed head's deltas: their width in bytes -> array typecode and numpy type (native order, as ``array``)
_WIDTHS = {1: ("B", np.uint8), 2: ("H", np.uint16), 4: ("I", np.uint32)}
_ONES = np.ones(1024, np.float32)
_ONES.flags.writeable = False
#: the first byte of joined values; a pickle (protocol 2) starts with 0x80
_JOINED = b"\x01"


def encode_info(block_length: int, ids: Sequence[int], max_weight: float, compression: int,
                min_length: int | None, max_length: int | None, *, last: bool) -> bytes:
    """The block's length (of what follows the info) and info, as ``SplitBlockMatcher`` reads them."""
    return _INFO.pack(-block_length if last else block_length, len(ids), ids[-1], max_weight, compression,
                      length_to_byte(min_length), length_to_byte(max_length))


def encode_block(ids: Sequence[int], weights: Sequence[float], values, compression: int) -> bytes:
    """A block's data: the head's length (flagged packed), the packed head, the compressed values."""
    deltas = list(map(sub, ids, chain((0,), ids)))
    largest = max(deltas)
    width = 1 if largest < 1 << 8 else 2 if largest < 1 << 16 else 4
    head = bytes([width]) + array(_WIDTHS[width][0], deltas).tobytes() + _weight_part(weights)
    return _HEAD_LENGTH.pack(len(head) | _PACKED) + head + _encode_values(values, compression)


def _weight_part(weights: Sequence[float]) -> bytes:
    count = len(weights)
    if weights.count(1.0) == count:
        return bytes([_ALL_ONE])
    if weights.count(weights[0]) == count:
        return bytes([_ALL_SAME]) + array("f", weights[:1]).tobytes()
    if 0 <= min(weights) and max(weights) < 256 and all(map(float.is_integer, weights)):
        return bytes([_SMALL]) + bytes(map(int, weights))
    return bytes([_EACH]) + array("f", weights).tobytes()


def _encode_values(values, compression: int) -> bytes:
    """Whoosh's minified values (a tuple of bytes, joined bytes, or ``None``), compressed."""
    if values is None:
        return b""
    if isinstance(values, tuple):
        packed = _JOINED + array("I", map(len, values)).tobytes() + b"".join(values)
    else:
        packed = pickle.dumps(values, 2)
    return zlib.compress(packed, compression)


def head_arrays(data: bytes, count: int) -> tuple[np.ndarray, np.ndarray]:
    """A block's id deltas (the first from 0) and weights from ``encode_block``'s data, as
    arrays over its bytes: a reader of many blocks joins them and decodes all in one step."""
    (length,) = _HEAD_LENGTH.unpack_from(data)
    start = _HEAD_LENGTH.size
    if length & _PACKED:
        width = data[start]
        deltas = np.frombuffer(data, _WIDTHS[width][1], count, start + 1)
        at = start + 1 + width * count
        head = data
    else:   # compressed by earlier versions: 32-bit deltas, then the weights
        head = zlib.decompress(data[start:start + length])
        deltas = np.frombuffer(head, np.uint32, count)
        at = 4 * count
    kind = head[at]
    if kind == _ALL_ONE:
        weights = _ONES[:count] if count <= len(_ONES) else np.ones(count, np.float32)
    elif kind == _ALL_SAME:
        weights = np.full(count, np.frombuffer(head, np.float32, 1, at + 1)[0])
    elif kind == _SMALL:
        weights = np.frombuffer(head, np.uint8, count, at + 1)
    else:
        weights = np.frombuffer(head, np.float32, count, at + 1)
    return deltas, weights


def head_length(data: bytes) -> int:
    """How many bytes of a block's data its head takes (with the length before it)."""
    (length,) = _HEAD_LENGTH.unpack_from(data)
    return _HEAD_LENGTH.size + (length & ~_PACKED)


def decode_head(data: bytes, count: int) -> tuple[tuple[int, ...], Sequence[float]]:
    """(ids, weights) of a block of ``count`` postings from ``encode_block``'s data."""
    deltas, weights = head_arrays(data, count)
    return tuple(accumulate(deltas.tolist())), array("f", weights.astype(np.float32).tobytes())


class LazyValues(Sequence):
    """A block's values, unpickled when first read: most blocks a query reads never need them."""

    __slots__ = ("_packed", "_count", "_fixed_size", "_values")

    def __init__(self, packed: bytes, count: int, fixed_size: int | None) -> None:
        self._packed, self._count, self._fixed_size = packed, count, fixed_size
        self._values: Sequence | None = None

    def _decoded(self) -> Sequence:
        if self._values is None:
            self._values = _values(self._packed, self._count, self._fixed_size)
            self._packed = b""
        return self._values

    def __getitem__(self, index):
        return self._decoded()[index]

    def __len__(self) -> int:
        return self._count

    def __iter__(self):
        return iter(self._decoded())


def _values(packed: bytes, count: int, fixed_size: int | None) -> Sequence:
    """Whoosh's minified values back as one bytes value per posting (``W3LeafMatcher._read_values``)."""
    if fixed_size == 0 or not packed:
        return (None,) * count
    data = zlib.decompress(packed)
    if data[:1] == _JOINED:
        return _JoinedValues(data, count)
    minified = pickle.loads(data)
    if fixed_size is None or fixed_size < 0:
        return minified
    return tuple(minified[i:i + fixed_size] for i in range(0, len(minified), fixed_size))


class _JoinedValues(Sequence):
    """Joined values, each cut out when read: a proximity check reads one or two of a block's 128."""

    __slots__ = ("_data", "_bounds")

    def __init__(self, data: bytes, count: int) -> None:
        first = 1 + 4 * count   # the marker, then the lengths
        self._data = data
        self._bounds = list(accumulate(array("I", data[1:first]), initial=first))

    def __len__(self) -> int:
        return len(self._bounds) - 1

    def __getitem__(self, index: int) -> bytes:
        if not -len(self) <= index < len(self):
            raise IndexError(index)
        index %= len(self)
        return self._data[self._bounds[index]:self._bounds[index + 1]]

    def __iter__(self) -> Iterator[bytes]:
        data = self._data
        return (data[start:end] for start, end in pairwise(self._bounds))


class SplitBlockMatcher(W3LeafMatcher):
    """Whoosh's block matcher over blocks in this module's layout."""

    def _goto(self, position):
        self._data = self._ids = self._weights = self._values = None
        self._i = 0
        (length, self._blocklength, self._maxid, self._maxweight, self._compression, shortest,
         longest) = _INFO.unpack(self._postfile.get(position, _INFO.size))
        if length < 0:
            self._lastblock = True
            length = -length
        self._dataoffset = position + _INFO.size
        self._nextoffset = self._dataoffset + length
        self._minlength = byte_to_length(shortest)
        self._maxlength = byte_to_length(longest)

    def _read_data(self):
        data = self._postfile.get(self._dataoffset, self._nextoffset - self._dataoffset)
        self._data = (data, head_length(data))

    def _read_ids(self):
        if self._data is None:
            self._read_data()
        self._ids, self._weights = decode_head(self._data[0], self._blocklength)

    _read_weights = _read_ids

    def blocks(self) -> Iterator[tuple[np.ndarray, np.ndarray, LazyValues]]:
        """Every block of the posting list from the start, as ``head_arrays`` gives its ids and
        weights, with its values: read from the file in one piece, not a block at a time
        through the matcher (most of the time of reading a long list)."""
        end = self._startoffset + self._length
        return split_blocks(self._postfile.get(self._baseoffset, end - self._baseoffset), self._fixedsize)

    def block_values(self) -> LazyValues:
        """The current block's values, decoded only if read."""
        if self._data is None:
            self._read_data()
        data, tail = self._data
        return LazyValues(data[tail:], self._blocklength, self._fixedsize)

    def _read_values(self):
        self._values = self.block_values()._decoded()


def split_blocks(data: bytes, fixed_size: int | None) -> Iterator[tuple[np.ndarray, np.ndarray, LazyValues]]:
    """The blocks of a posting list in this layout, from its bytes after the list's header tag:
    each block's ids and weights (``head_arrays``) with its values, decoded only if read."""
    position = 0
    while position < len(data):
        length, count = _INFO.unpack_from(data, position)[:2]
        start = position + _INFO.size
        position = start + abs(length)
        block = data[start:position]
        yield (*head_arrays(block, count), LazyValues(block[head_length(block):], count, fixed_size))
        if length < 0:
            return
