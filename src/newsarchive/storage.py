"""Opening, creating and locking Whoosh indexes, with Whoosh's errors translated once.

Indexes are opened without memory-mapping: mapping copied every segment into
memory on open, while plain reads keep a large index's start-up small.
"""
from __future__ import annotations

import json
import os
import pickle
import time
import zlib
from array import array
from bisect import bisect_right
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Sequence

from whoosh.codec.whoosh3 import (LENGTHS_COLUMN, STORED_COLUMN, WHOOSH3_HEADER_MAGIC, W3Codec, W3FieldWriter,
                                  W3LeafMatcher, W3PerDocReader, W3PostingsWriter, W3TermInfo, W3TermsReader,
                                  _lenfield)
from whoosh.columns import CompressedBytesColumn
from whoosh.filedb.compound import SubFile
from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.filetables import OrderedHashWriter
from whoosh.filedb.filetables import _lengths as _ENTRY_LENGTHS
from whoosh.filedb.filetables import _pointer as _SLOT
from whoosh.index import EmptyIndexError, Index, LockError
from whoosh.reading import TermNotFound
from whoosh.system import pack_int, pack_long, pack_ushort
from whoosh.util.numeric import byte_to_length, length_to_byte

from .blocks import SplitBlockMatcher, encode_block, encode_info
from .errors import ArchiveError, IndexDamagedError, IndexLockedError, IndexNotFoundError
from .pool import TermGroups
from .schema import build_schema

_PID_FILE = "writer.pid"
#: A document's length in a field from its one-byte code (0: the document lacks the field).
_LENGTHS = [0] + [byte_to_length(code) for code in range(1, 256)]


#: Bytes read past a term's key at once: its statistics and most inlined postings (else a second read).
_ENTRY_GUESS = 96


def positioned(dbfile) -> tuple[int, int] | None:
    """(file descriptor, offset) of a part of a segment file opened as a plain file, for
    ``os.pread``; ``None`` for any other file (memory-mapped, in memory) or platform."""
    part = getattr(dbfile, "file", None)
    if not hasattr(os, "pread") or not isinstance(part, SubFile):
        return None
    try:
        return part._file.fileno(), part._offset
    except (AttributeError, OSError, ValueError):
        return None


def _storage(index_dir: str | os.PathLike[str]) -> FileStorage:
    return FileStorage(str(index_dir), supports_mmap=False)


class _LengthReader(W3PerDocReader):
    """Whoosh's per-document reader, with each field's lengths read in one piece on first use.

    Whoosh reads a document's field length from disk for every posting it writes
    (for the blocks' length bounds) and for every document it scores, each time a
    file read; for fields without lengths (ids, keywords) it even asked the file
    system each time, a fifth of the indexing time. A field's lengths are one byte
    per document, so reading them whole is cheap.
    """

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> int:
        encoded = field_length_codes(self, fieldname)
        code = encoded[docnum] if docnum < len(encoded) else 0
        return _LENGTHS[code] if code else default

    def stored_fields(self, docnum: int) -> dict:
        """The document's stored fields, read as Whoosh's stored column reads them (a pickle,
        deflated, at the column's offset for the document) but in one positioned read: the
        file layers cost more than the read of a hit's article."""
        column = getattr(self._cached_reader("_stored", STORED_COLUMN), "_child", None)
        place = positioned(getattr(column, "_dbfile", None))
        if place is None or not isinstance(column, CompressedBytesColumn.Reader):
            return super().stored_fields(docnum)
        length = column._lengths[docnum]
        if not length:
            return {}
        descriptor, base = place
        data = os.pread(descriptor, length, base + column._basepos + column._offsets[docnum])
        if len(data) < length:
            raise EOFError(f"stored document {docnum} is cut short")
        return pickle.loads(column._decompress(data)) or {}


def field_length_codes(perdoc: W3PerDocReader, fieldname: str) -> bytes:
    """Every document's length in the field, one byte each (``byte_to_length`` reads one;
    0 for a document without the field), as long as the segment's document count; read
    once per segment reader (segments written by Whoosh's own codec too)."""
    lengths = perdoc.__dict__.setdefault("_lengths", {})
    encoded = lengths.get(fieldname)
    if encoded is None:
        column = perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
        encoded = column._dbfile.get(column._basepos, column._count) if column else b""
        encoded = lengths[fieldname] = encoded.ljust(perdoc._doccount, b"\0")
    return encoded


class _PostingsWriter(W3PostingsWriter):
    """Whoosh's postings writer, with the inlining of short posting lists it meant to have
    (it calls a method by a name the term info lacks), and blocks in ``blocks.py``'s layout
    when ``split``. Inlined postings always carry values, empty bytes for formats without
    any, as merging segments expects bytes."""

    def __init__(self, *args, split: bool, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._split = split and not self._byteids

    def finish_postings(self):
        if self.written() or len(self) >= self._inlinelimit:
            return super().finish_postings()
        terminfo, self._terminfo = self._terminfo, None
        terminfo.add_block(self)
        terminfo.set_inlined(self._ids, self._weights, self._values or [b""] * len(self._ids))
        return terminfo

    def _write_block(self, last=False):
        if not self._split:
            return super()._write_block(last)
        if not self._blockcount:
            self._postfile.write(WHOOSH3_HEADER_MAGIC)
        self._terminfo.add_block(self)
        self._write_split_block(last)
        self._blockcount += 1
        self._new_block()

    def _write_split_block(self, last: bool) -> None:
        """The block held (``_ids``, ``_weights``, ``_values`` and their bounds) in ``blocks.py``'s
        layout: its info, then its data."""
        data = encode_block(self._ids, self._weights, self._mini_values(), self._compression)
        self._postfile.write(encode_info(len(data), self._ids, self._maxweight, self._compression,
                                         self._minlength, self._maxlength, last=last))
        self._postfile.write(data)

    def _hold_block(self, ids: Sequence[int], weights: Sequence[float], values: Sequence[bytes],
                    lengths: Sequence[int], start: int) -> None:
        """Holds the block of postings from ``start`` with the bounds ``add_posting`` gives it."""
        end = start + self._blocklimit
        block_weights = weights[start:end]
        self._ids = array("I", ids[start:end])
        self._weights = array("f", block_weights)
        self._values = [value for value in values[start:end] if value]
        known = [length for length in lengths[start:end] if length]
        self._minlength = min(known) if known else None
        self._maxlength = max(known) if known else 0
        self._maxweight = max(0, max(block_weights))

    def add_all(self, ids: Sequence[int], weights: Sequence[float], values: Sequence[bytes],
                lengths: Sequence[int]) -> None:
        """A term's postings at once (ids ascending; ``lengths`` the documents' field lengths,
        0 for none), with the blocks and block bounds ``add_posting`` one at a time gives: every
        full block written but the last, which ``finish_postings`` writes or inlines."""
        for start in range(0, len(ids), self._blocklimit):
            if start:
                self._write_block()
            self._hold_block(ids, weights, values, lengths, start)

    def term_entry(self, format_, ids: Sequence[int], weights: Sequence[float], values: Sequence[bytes],
                   lengths: Sequence[int]) -> bytes:
        """Writes a term's postings whole, in ``blocks.py``'s layout (``split`` only), and returns
        the term-table entry (``W3TermInfo.to_bytes``): the bytes ``start_postings``, ``add_all``
        and ``finish_postings`` give, without a term info object per term."""
        postfile = self._postfile
        self._format = format_
        offset = postfile.tell()
        postfile.write(WHOOSH3_HEADER_MAGIC)
        total_weight, max_weight, shortest, longest = 0.0, 0, None, 0
        for start in range(0, len(ids), self._blocklimit):
            self._hold_block(ids, weights, values, lengths, start)
            total_weight += sum(self._weights)
            shortest = self._minlength if shortest is None else min(shortest, self._minlength)
            longest, max_weight = max(longest, self._maxlength), max(max_weight, self._maxweight)
            self._write_split_block(last=start + self._blocklimit >= len(ids))
        self._new_block()
        statistics = W3TermInfo._struct.pack(False, total_weight, len(ids), 0 if shortest is None else
                                             length_to_byte(shortest), length_to_byte(longest), max_weight,
                                             ids[0], ids[-1])
        return statistics + pack_long(offset) + pack_int(postfile.tell() - offset)


class _TermTable(OrderedHashWriter):
    """Whoosh's ordered term table, each entry written in one piece: Whoosh's ``add`` makes
    three writes, two ``tell``s and a call to its parent's ``add`` per term, a sizable part
    of writing a segment of many rare terms."""

    def add(self, key: bytes, value: bytes) -> None:
        if key <= self.lastkey:
            raise ValueError(f"Keys must increase: {self.lastkey!r}..{key!r}")
        position = self.dbfile.tell()
        self.index.append(position)
        self.dbfile.write(_ENTRY_LENGTHS.pack(len(key), len(value)) + key + value)
        hashed = self.hashfn(key)
        self.buckets[hashed & 255].append((hashed, position))
        self.lastkey = key


class _FieldWriter(W3FieldWriter):
    """Whoosh's field writer, given each term's postings whole when they come from a
    ``TermPool``: Whoosh's ``add_postings`` makes several calls per posting (the
    document's field length, checks of order and type, the posting with its block
    bounds). A term of one posting (most of a segment's: rare names, sketch hashes)
    gets its inlined entry straight away (``_one_posting_entry``), without the term
    info and postings writer Whoosh steps through for it. Other posting streams
    (merging segments) are written as Whoosh does."""

    def __init__(self, *args) -> None:
        super().__init__(*args)
        self._tindex.__class__ = _TermTable   # the table Whoosh made (its header written), adding faster

    def add_postings(self, schema, lengths, items) -> None:
        if not isinstance(items, TermGroups):
            return super().add_postings(schema, lengths, items)
        field = None
        codes = b""
        for (fieldname, btext), (ids, weights, values) in items.groups:
            if fieldname != field:
                if field is not None:
                    self.finish_field()
                self.start_field(fieldname, schema[fieldname])
                field = fieldname
                codes = field_length_codes(lengths, fieldname) if lengths else b""
            if len(ids) == 1 and self._postwriter._inlinelimit > 1:
                length = _LENGTHS[codes[ids[0]]] if codes else 0
                self._tindex.add(pack_ushort(self._fieldid) + btext,
                                 _one_posting_entry(ids[0], weights[0], values[0], length))
                continue
            field_lengths = [_LENGTHS[codes[doc]] for doc in ids] if codes else [0] * len(ids)
            if self._postwriter._split and len(ids) >= self._postwriter._inlinelimit:
                entry = self._postwriter.term_entry(self._fieldobj.format, ids, weights, values, field_lengths)
                self._tindex.add(pack_ushort(self._fieldid) + btext, entry)
                continue
            self.start_term(btext)
            self._postwriter.add_all(ids, weights, values, field_lengths)
            self.finish_term()
        if field is not None:
            self.finish_field()


def _one_posting_entry(docnum: int, weight: float, value: bytes | None, length: int) -> bytes:
    """The term-table entry Whoosh writes for a term with one posting, kept inside the entry
    (``W3TermInfo.to_bytes`` after ``_PostingsWriter.finish_postings``): its statistics, then
    the posting pickled, its weight as the 32-bit float a block holds."""
    (weight,) = array("f", [weight])
    shortest = length_to_byte(length) if length else 0
    statistics = W3TermInfo._struct.pack(True, weight, 1, shortest, shortest, weight, docnum, docnum)
    return statistics + pickle.dumps(((docnum,), (weight,), (value or b"",)), 2)


class _TermsReader(W3TermsReader):
    """Whoosh's term table, remembering the entries it has looked up, and looking them up
    with positioned reads.

    One search asks for the same term several times per segment (to size the query
    tree, to open its postings, to score it); each was a hash-table read. And each
    lookup was five reads through three layers of file objects (slot, lengths, key,
    value, each a seek and a read), about 45 us of a query's few milliseconds per
    term, field and segment; here it is a read of the slot and one of the entry whole
    (``os.pread`` on the segment file, where the platform has it).
    """

    _REMEMBERED = 50_000

    def __init__(self, codec, dbfile, length, postfile) -> None:
        super().__init__(codec, dbfile, length, postfile)
        self._table_place = positioned(self._tindex.dbfile)
        self._postings_place = positioned(self._postfile)

    def _entry(self, fieldname, tbytes):
        """The term's entry, or ``None`` when the segment lacks it (remembered either way)."""
        known = self.__dict__.setdefault("_known", {})
        key = (fieldname, tbytes)
        if key not in known:
            if len(known) >= self._REMEMBERED:
                known.clear()
            value = self._value(self._keycoder(fieldname, tbytes))
            known[key] = None if value is None else W3TermInfo.from_bytes(value)
        return known[key]

    def _value(self, key: bytes) -> bytes | None:
        """The value stored for ``key`` in the hash table, found as Whoosh's ``ranges_for_key``
        finds it (from the key's slot, probing to the first empty one)."""
        table = self._tindex
        if self._table_place is None:
            return table.get(key)
        descriptor, base = self._table_place
        keyhash = table.hashfn(key)
        start, count = table.tables[keyhash & 255]
        slot, end = start + ((keyhash >> 8) % max(count, 1)) * _SLOT.size, start + count * _SLOT.size
        for _ in range(count):
            slothash, position = _SLOT.unpack(os.pread(descriptor, _SLOT.size, base + slot))
            if not position:
                return None
            if slothash == keyhash:
                entry = os.pread(descriptor, _ENTRY_LENGTHS.size + len(key) + _ENTRY_GUESS, base + position)
                keylength, length = _ENTRY_LENGTHS.unpack_from(entry)
                start_of_value = _ENTRY_LENGTHS.size + keylength
                if keylength == len(key) and entry[_ENTRY_LENGTHS.size:start_of_value] == key:
                    value = entry[start_of_value:start_of_value + length]
                    if len(value) < length:
                        value = os.pread(descriptor, length, base + position + start_of_value)
                    return value
            slot += _SLOT.size
            if slot == end:
                slot = start
        return None

    def split_postings(self, fieldname, tbytes) -> bytes | None:
        """The term's posting blocks in ``blocks.py``'s layout, as the bytes after the list's
        header tag, in one positioned read (``blocks.split_blocks`` reads them): no matcher is
        set up, which cost more than reading a short list. ``None`` when the term is absent,
        its postings are inlined or in Whoosh's own layout, or the file is not a plain file."""
        info = self._entry(fieldname, tbytes)
        if info is None or info.is_inlined() or not getattr(self._codec, "_split_blocks", False):
            return None
        if self._postings_place is None:
            return None
        offset, length = _extent(info)
        descriptor, base = self._postings_place
        data = os.pread(descriptor, length, base + offset)
        if len(data) < length or not data.startswith(WHOOSH3_HEADER_MAGIC):   # as the archive reports damage
            raise OSError(f"the postings of {fieldname}:{tbytes!r} are cut short or lack their block tag")
        return data[len(WHOOSH3_HEADER_MAGIC):]

    def term_info(self, fieldname, tbytes):
        info = self._entry(fieldname, tbytes)
        if info is None:
            raise TermNotFound(f"No term {fieldname}:{tbytes!r}")
        return info

    def __contains__(self, term) -> bool:
        return self._entry(*term) is not None

    def frequency(self, fieldname, tbytes):
        info = self._entry(fieldname, tbytes)
        return info.weight() if info else 0

    def doc_frequency(self, fieldname, tbytes):
        info = self._entry(fieldname, tbytes)
        return info.doc_frequency() if info else 0


def _extent(info: W3TermInfo) -> tuple[int, int]:
    """Where a term's posting list starts in the postings file, and its length."""
    offset, length = info.extent()
    if isinstance(length, tuple):   # Whoosh reads it from the terms file with struct.unpack, as a 1-tuple
        (length,) = length
    return offset, length


class NewsCodec(W3Codec):
    """Whoosh's default codec and file format, tuned for an archive's many rare terms and
    for ranking from whole blocks.

    A term found in one document only (an id, a rare name, a sketch hash) keeps its
    posting inside the term's entry instead of a compressed block of its own:
    Whoosh meant to do so but its limit of 1 never allowed it. Posting blocks keep
    positions apart from ids and weights (``blocks.py``). Field lengths are read as
    above. A segment keeps the codec it was written with (Whoosh pickles it into the
    index's table of contents), so segments written before the block layout, whose
    codec lacks ``_split_blocks``, are still read as Whoosh wrote them.
    """

    _split_blocks = False

    def __init__(self) -> None:
        super().__init__(inlinelimit=2)
        self._split_blocks = True

    def field_writer(self, storage, segment):
        return _FieldWriter(self, storage, segment)

    def postings_writer(self, dbfile, byteids=False):
        return _PostingsWriter(dbfile, blocklimit=self._blocklimit, byteids=byteids, compression=self._compression,
                               inlinelimit=self._inlinelimit, split=self._split_blocks)

    def postings_reader(self, dbfile, terminfo, format_, term=None, scorer=None):
        if not self._split_blocks or terminfo.is_inlined():
            return super().postings_reader(dbfile, terminfo, format_, term=term, scorer=scorer)
        offset, length = _extent(terminfo)
        return SplitBlockMatcher(dbfile, offset, length, format_, term=term, scorer=scorer)

    def per_document_reader(self, storage, segment):
        return _LengthReader(storage, segment)

    def terms_reader(self, storage, segment):
        name = segment.make_filename(self.TERMS_EXT)
        return _TermsReader(self, storage.open_file(name), storage.file_length(name),
                            segment.open_file(storage, self.POSTS_EXT))


def posting_blocks(matcher) -> Iterator[tuple[Sequence[int], Sequence[float], Sequence]]:
    """A posting list a block at a time: ids, term frequencies and encoded values (positions),
    as the block holds them. Reading whole blocks skips the matcher's calls per posting, most
    of the time of anything that reads every posting (ranking, merging)."""
    if isinstance(matcher, SplitBlockMatcher):   # positions are decoded only if read
        while matcher.is_active():
            matcher._read_ids()
            yield matcher._ids, matcher._weights, matcher.block_values()
            matcher._next_block()
        return
    if isinstance(matcher, W3LeafMatcher):
        while matcher.is_active():
            matcher._read_ids()
            matcher._read_weights()
            matcher._read_values()
            yield matcher._ids, matcher._weights, matcher._values
            matcher._next_block()
        return
    ids, weights, values = [], [], []   # postings kept inside the term's entry
    while matcher.is_active():
        ids.append(matcher.id())
        weights.append(matcher.weight())
        values.append(matcher.value())
        matcher.next()
    yield ids, weights, values


class LeafColumns:
    """A column read across an index's segments by global document number, as each segment
    stores it (raw values); a segment written before the field had a column gives the
    column's default value.

    (Whoosh's own ``MultiReader.column_reader`` leaves such segments out and then gives
    their documents another segment's values.)
    """

    def __init__(self, reader, fieldname: str) -> None:
        leaves = list(reader.leaf_readers())
        self._bases = [base for _, base in leaves]
        self._columns = [leaf.column_reader(fieldname, translate=False) for leaf, _ in leaves]

    def __getitem__(self, docnum: int):
        leaf = bisect_right(self._bases, docnum) - 1
        return self._columns[leaf][docnum - self._bases[leaf]]


_SHARDS = "shards.json"


class ShardedIndex:
    """Several Whoosh indexes searched as one, with archive-wide term statistics.

    Whoosh's ``MultiReader`` sums document frequencies and field lengths over its
    readers, so BM25 scores are those a single index of the same articles gives.
    """

    def __init__(self, indexes: list[Index]) -> None:
        self.indexes = indexes
        self.schema = indexes[0].schema

    def reader(self):
        from whoosh.reading import MultiReader

        return MultiReader([ix.reader() for ix in self.indexes])

    def searcher(self, **kwargs):
        from whoosh.searching import Searcher

        return Searcher(self.reader(), **kwargs)

    def doc_count(self) -> int:
        return sum(ix.doc_count() for ix in self.indexes)

    def latest_generation(self) -> tuple[int, ...]:
        return tuple(ix.latest_generation() for ix in self.indexes)

    def close(self) -> None:
        for ix in self.indexes:
            ix.close()


def shard_dirs(index_dir: str | os.PathLike[str]) -> list[Path] | None:
    """The shard folders of a sharded index, or ``None`` for a single index."""
    manifest = Path(index_dir) / _SHARDS
    if not manifest.exists():
        return None
    try:
        count = int(json.loads(manifest.read_text())["shards"])
    except (ValueError, KeyError, TypeError) as exc:
        raise IndexDamagedError(str(index_dir), f"unreadable {_SHARDS}") from exc
    return [Path(index_dir) / f"shard-{number:02d}" for number in range(count)]


def prepare_shards(index_dir: str | os.PathLike[str], count: int | None) -> list[Path] | None:
    """The shard folders to write: as the index already has them, or ``count`` new ones."""
    existing = shard_dirs(index_dir)
    if existing is not None:
        if count and count != len(existing):
            raise IndexDamagedError(str(index_dir), f"it has {len(existing)} shards, not {count}; "
                                                    "index into a new folder to change the count")
        return existing
    if not count or count <= 1:
        return None
    if exists(index_dir):
        raise IndexDamagedError(str(index_dir), "it is a single index; index into a new folder to shard")
    Path(index_dir).mkdir(parents=True, exist_ok=True)
    (Path(index_dir) / _SHARDS).write_text(json.dumps({"shards": count}))
    return shard_dirs(index_dir)


def shard_of(path: str, count: int) -> int:
    """A page's shard, stable across runs so that re-runs find its earlier version."""
    return zlib.crc32(path.encode("utf-8")) % count


def exists(index_dir: str | os.PathLike[str]) -> bool:
    """An index is there: its folder holds a table of contents (readable or not)."""
    path = Path(index_dir)
    return path.is_dir() and any(child.suffix == ".toc" for child in path.iterdir())


def open_index(index_dir: str | os.PathLike[str]) -> Index | ShardedIndex:
    """Open an existing index (or all its shards) for reading; a missing or unreadable one raises our errors."""
    shards = shard_dirs(index_dir)
    if shards is not None:
        built = [folder for folder in shards if exists(folder)]
        if not built:
            raise IndexNotFoundError(str(index_dir))
        return ShardedIndex([open_index(folder) for folder in built])
    if not exists(index_dir):
        raise IndexNotFoundError(str(index_dir))
    with reporting_damage(index_dir):
        try:
            return while_committing(_storage(index_dir).open_index)
        except EmptyIndexError as exc:
            raise IndexNotFoundError(str(index_dir)) from exc


@contextmanager
def reporting_damage(index_dir: str | os.PathLike[str]) -> Iterator[None]:
    """Errors reading the index's files raised as ``IndexDamagedError`` (Whoosh raises many
    kinds on a damaged file: ``EOFError``, ``struct.error``, ``ValueError`` …); the archive's
    own errors already say what went wrong."""
    try:
        yield
    except ArchiveError:
        raise
    except Exception as exc:
        raise damage_report(index_dir, exc) from exc


def damage_report(index_dir: str | os.PathLike[str], exc: BaseException) -> IndexDamagedError:
    """What an error reading the index's files is reported as: its kind, and its message if any."""
    return IndexDamagedError(str(index_dir), f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__)


def while_committing(action):
    """Run ``action``, retrying briefly if a segment file vanished under it.

    A reader that has just read the table of contents can find a segment gone when
    a writer's commit merged it away at that moment; the next table of contents
    names the new segments.
    """
    for attempt in range(_OPEN_ATTEMPTS):
        try:
            return action()
        except FileNotFoundError:
            if attempt == _OPEN_ATTEMPTS - 1:
                raise
            time.sleep(0.05 * (attempt + 1))


_OPEN_ATTEMPTS = 5


def open_or_create(index_dir: str | os.PathLike[str], *, replace_damaged: bool = False) -> Index:
    """Open the index for writing, creating it (and its folder) if it does not exist yet.

    With ``replace_damaged`` (a rebuild) an index whose table of contents cannot be read is
    created anew, so that the rebuild the damage report asks for can run.
    """
    path = Path(index_dir)
    if exists(path):
        try:
            return open_index(path)
        except IndexDamagedError:
            if not replace_damaged:
                raise
    path.mkdir(parents=True, exist_ok=True)
    try:
        return _storage(path).create_index(build_schema())
    except OSError as exc:
        raise IndexDamagedError(str(path), f"cannot create index files ({exc.strerror})") from exc


@contextmanager
def locked_writer(ix: Index, index_dir: str | os.PathLike[str], *, wait: float, procs: int = 1,
                  fresh: bool = False) -> Iterator[object]:
    """A Whoosh writer holding the index lock, waiting up to ``wait`` seconds for it.

    With ``procs`` > 1 the documents are analysed and written by that many processes,
    each into a segment of its own, which the commit adds to the index. A ``fresh`` writer
    writes with this release's schema (its fields and word splitting), for a commit that
    replaces every segment (``mergetype=whoosh.writing.CLEAR``): a rebuild brings an index
    made by an earlier release up to date.
    """
    pid_file = Path(index_dir) / _PID_FILE
    from .writers import ParallelWriter, Writer

    try:
        schema = build_schema() if fresh else None
        if not fresh:
            _add_new_fields(ix, wait)
        options = dict(timeout=max(wait, 0.0), delay=0.1, codec=NewsCodec())
        if procs > 1:
            writer = ParallelWriter(ix, procs=procs, multisegment=True,
                                    subargs={"codec": NewsCodec(), "schema": schema}, **options)
            writer.schema = schema or writer.schema
        else:
            writer = Writer(ix, schema=schema, **options)
    except LockError as exc:
        raise IndexLockedError(str(index_dir), _holder(pid_file)) from exc
    pid_file.write_text(str(os.getpid()))
    try:
        yield writer
    except BaseException:
        writer.cancel()
        raise
    finally:
        if pid_file.exists() and pid_file.read_text().strip() == str(os.getpid()):
            pid_file.unlink()


def _add_new_fields(ix: Index, wait: float) -> None:
    """An index made by an earlier version gains the fields added since (its articles have
    them empty), in a commit of its own: parallel writers read the schema from the index."""
    schema = ix.schema
    missing = [(name, field) for name, field in build_schema().items() if name not in schema]
    if missing:
        writer = ix.writer(timeout=max(wait, 0.0), delay=0.1, codec=NewsCodec())
        for name, field in missing:
            writer.add_field(name, field)
        writer.commit(merge=False)


def _holder(pid_file: Path) -> int | None:
    try:
        return int(pid_file.read_text().strip())
    except (OSError, ValueError):
        return None


def index_size(index_dir: str | os.PathLike[str]) -> int:
    return sum(child.stat().st_size for child in Path(index_dir).rglob("*") if child.is_file())
