"""Posting blocks with positions apart: the same postings back, and indexes written before the
layout (Whoosh's blocks) read and ranked as before, alone or beside segments in the new layout."""
from __future__ import annotations

import pickle
import random
import zlib
from array import array
from datetime import datetime

import numpy as np
import pytest
from whoosh.codec.whoosh3 import W3Codec

from newsarchive import Archive, Article, index_articles
from newsarchive.blocks import LazyValues, decode_head, encode_block, head_arrays, head_length
from newsarchive.storage import NewsCodec


@pytest.mark.parametrize("weights", [[1.0, 1.0, 1.0], [2.0, 2.0, 2.0], [1.0, 3.0, 0.5]])
def test_a_block_reads_back_as_written(weights):
    ids = [4, 5, 4_000_000]
    values = (b"\x01\x02", b"", b"\x07" * 40)
    data = encode_block(ids, weights, values, compression=3)
    read_ids, read_weights = decode_head(data, len(ids))
    assert read_ids == tuple(ids) and list(read_weights) == weights
    assert list(LazyValues(_values_part(data), 3, None)) == list(values)
    read = LazyValues(_values_part(data), 3, None)
    assert (read[2], read[0], read[-1], read[1]) == (values[2], values[0], values[2], values[1])
    with pytest.raises(IndexError):
        read[3]
    fixed_size = encode_block(ids, weights, b"abcdef", compression=3)   # values of two bytes each, joined
    assert list(LazyValues(_values_part(fixed_size), 3, 2)) == [b"ab", b"cd", b"ef"]


@pytest.mark.parametrize("ids", [[0, 3, 200], [4, 5, 40_000], [4, 5, 4_000_000]])
@pytest.mark.parametrize("weights", [[1.0, 1.0, 1.0], [2.0, 2.0, 2.0], [1.0, 3.0, 255.0], [1.0, 3.0, 0.5],
                                     [1.0, 256.0, 2.0]])
def test_a_packed_head_reads_back_at_any_delta_width_and_weight_kind(ids, weights):
    data = encode_block(ids, weights, None, compression=3)
    read_ids, read_weights = decode_head(data, len(ids))
    assert read_ids == tuple(ids) and list(read_weights) == weights
    deltas, array_weights = head_arrays(data, len(ids))
    assert deltas.tolist() == [ids[0], ids[1] - ids[0], ids[2] - ids[1]] and array_weights.tolist() == weights
    assert deltas.itemsize == (1 if max(deltas) < 256 else 2 if max(deltas) < 65536 else 4)


def test_heads_compressed_by_earlier_versions_read_as_written():
    ids, weights = [4, 5, 4_000_000], [1.0, 3.0, 0.5]
    head = zlib.compress(array("I", [4, 1, 3_999_995]).tobytes() + bytes([2]) + array("f", weights).tobytes())
    values = zlib.compress(b"\x01" + array("I", [1, 0, 2]).tobytes() + b"abc")
    data = len(head).to_bytes(4, "big") + head + values
    read_ids, read_weights = decode_head(data, 3)
    assert read_ids == tuple(ids) and list(read_weights) == weights
    assert list(LazyValues(data[head_length(data):], 3, None)) == [b"a", b"", b"bc"]


def test_values_pickled_by_earlier_versions_read_as_written():
    values = (b"\x01\x02", b"", b"\x07" * 40)
    assert list(LazyValues(zlib.compress(pickle.dumps(values, 2)), 3, None)) == list(values)


def _values_part(data: bytes) -> bytes:
    return data[head_length(data):]


def test_values_are_not_decoded_until_read(monkeypatch):
    packed = zlib.compress(pickle.dumps((b"a", b"b"), 2))
    values = LazyValues(packed, 2, None)
    monkeypatch.setattr(pickle, "loads", lambda data: pytest.fail("decoded before use"))
    assert len(values) == 2


_BODY = "The harbour strike went on as workers and the port union met the minister over wages and talks. "


_GERMAN = "Der Streik im Hafen ging weiter, als die Arbeiter und die Gewerkschaft den Minister trafen. "


def _articles(start: int, count: int) -> list[Article]:
    """English and German articles (stored apart from their indexed fields), dated and undated."""
    return [Article(id=f"a{n}", headline=f"Strike day {n}", dateline="LONDON" if n % 3 else "",
                    body=(_GERMAN if n % 7 == 0 else _BODY) * (1 + n % 5) + f"Update {n} from the port.",
                    language="de" if n % 7 == 0 else "en",
                    date=datetime(2020, 1 + n % 12, 1 + n % 28) if n % 4 else None)
            for n in range(start, start + count)]


def _results(index_dir) -> list[tuple[str, float]]:
    with Archive.open(index_dir) as archive:
        return [(hit.article.id, round(hit.score, 9)) for query in ("harbour strike", "port union wages", '"the port"')
                for hit in archive.search(query, limit=50, all_copies=True)]


def test_segments_written_before_the_layout_rank_as_before(tmp_path, monkeypatch):
    new = tmp_path / "new"
    index_articles(_articles(0, 40), index_dir=new, jobs=1)
    index_articles(_articles(40, 40), index_dir=new, jobs=1)
    # a codec pickled by an earlier version has no _split_blocks: it reads and writes Whoosh's blocks
    monkeypatch.setattr(NewsCodec, "__init__", lambda self: W3Codec.__init__(self, inlinelimit=2))
    mixed = tmp_path / "mixed"
    index_articles(_articles(0, 40), index_dir=mixed, jobs=1)
    monkeypatch.undo()
    index_articles(_articles(40, 40), index_dir=mixed, jobs=1)
    with Archive.open(mixed) as archive:
        layouts = {getattr(segment.codec(), "_split_blocks") for segment in archive._ix._segments()}
    assert layouts == {False, True}
    assert _results(mixed) == _results(new)


def _segment_files(index_dir) -> dict[str, bytes]:
    """The files inside the index's one compound segment, by extension."""
    from whoosh.filedb.compound import CompoundStorage
    from whoosh.filedb.filestore import FileStorage

    storage = FileStorage(str(index_dir))
    (segment,) = [name for name in storage.list() if name.endswith(".seg")]
    inside = CompoundStorage(storage.open_file(segment), use_mmap=False)
    return {name.split(".", 1)[1]: inside.open_file(name).read() for name in inside.list()}


def _build(index_dir) -> dict[str, bytes]:
    from newsarchive import storage
    from newsarchive.indexer import merge_segments

    index_articles(_articles(0, 300), index_dir=index_dir, jobs=1)   # terms of one to three blocks
    index_articles(_articles(300, 40), index_dir=index_dir, jobs=1)
    merge_segments(storage.open_index(index_dir), index_dir)   # merging writes a stream of postings
    return _segment_files(index_dir)


def test_the_term_pool_writes_the_files_whoosh_writes(tmp_path, monkeypatch):
    from whoosh.codec.whoosh3 import W3FieldWriter
    from whoosh.writing import SegmentWriter

    from newsarchive import pool, storage, writers

    ours = _build(tmp_path / "ours")
    with monkeypatch.context() as patched:   # runs written to disk and merged back give the same
        patched.setattr(pool, "_POSTING_BYTES", 5_000)
        assert _build(tmp_path / "spilled") == ours
    with monkeypatch.context() as patched:   # prose postings made a few terms and postings at a time
        patched.setattr(pool, "_FLUSH_TOKENS", 300)
        patched.setattr(pool, "_POSTINGS_AT_ONCE", 50)
        assert _build(tmp_path / "in_parts") == ours
    monkeypatch.setattr(writers.Writer, "__init__", SegmentWriter.__init__)   # Whoosh's own pool and writing
    monkeypatch.setattr(writers.Writer, "add_document", SegmentWriter.add_document)
    monkeypatch.setattr(storage._FieldWriter, "add_postings", W3FieldWriter.add_postings)
    assert _build(tmp_path / "whoosh") == ours


def test_the_term_pool_gives_postings_in_order_across_its_runs(tmp_path):
    from whoosh.filedb.filestore import FileStorage

    from newsarchive.pool import TermPool

    rng = random.Random(5)
    items = [("body" if rng.random() < 0.7 else "headline", f"w{rng.randint(0, 40)}".encode(), doc, 1.0 + doc % 3,
              bytes([doc % 250])) for doc in range(400) for _ in range(3)]
    items = list({item[:3]: item for item in items}.values())   # a term once per document
    terms = TermPool(FileStorage(str(tmp_path)), limitmb=0.002)
    for item in items:
        terms.add(item)
    assert len(terms._runs) > 2
    assert list(terms.iter_postings()) == sorted(items)
    terms.cleanup()
    assert not terms._runs and not list(tmp_path.iterdir())


@pytest.mark.parametrize("flush_tokens", [1_000_000, 7])
def test_prose_tokens_give_each_term_the_positions_its_analysis_gives(monkeypatch, flush_tokens):
    from newsarchive import pool
    from newsarchive.analysis import TextAnalyzer, encode_positions

    monkeypatch.setattr(pool, "_FLUSH_TOKENS", flush_tokens)
    analyzer = TextAnalyzer("en")
    texts = ["The strike at the port ended; the port reopened.", "", "the of and",
             "東京の港 strike 東京", "wages " * 20_050 + "strike", "Strike! STRIKE, strikes and striking."]
    tokens = pool.ProseTokens(analyzer, 2.0)
    lengths = [tokens.add(docnum, text) for docnum, text in enumerate(texts)]
    expected: dict[bytes, tuple[list, list, list]] = {}
    for docnum, text in enumerate(texts):
        positions = analyzer.positions(text)
        assert lengths[docnum] == sum(map(len, positions.values()))
        for term, places in positions.items():
            ids, weights, values = expected.setdefault(term.encode("utf-8"), ([], [], []))
            ids.append(docnum)
            weights.append(2.0 * len(places))
            values.append(encode_positions(places))
    got = [(btext, (list(ids), list(weights), list(values))) for btext, (ids, weights, values) in tokens.postings()]
    assert got == sorted(expected.items())
    only_stop_words = pool.ProseTokens(analyzer, 1.0)
    assert only_stop_words.add(0, "The, of and") == 0 and list(only_stop_words.postings()) == []


def test_a_prose_field_also_given_postings_one_by_one_keeps_them_in_order(tmp_path):
    from whoosh.filedb.filestore import FileStorage

    from newsarchive.analysis import TextAnalyzer, encode_positions
    from newsarchive.pool import TermPool

    terms = TermPool(FileStorage(str(tmp_path)))
    analyzer = TextAnalyzer("en")
    terms.add_text("body", 0, "port strike", analyzer, 1.0)
    terms.add(("body", b"port", 1, 1.0, encode_positions([4])))   # as merging a segment adds them
    terms.add_text("body", 2, "strike port port", analyzer, 1.0)
    assert list(terms.iter_postings()) == [
        ("body", b"port", 0, 1.0, encode_positions([0])), ("body", b"port", 1, 1.0, encode_positions([4])),
        ("body", b"port", 2, 2.0, encode_positions([1, 2])),
        ("body", b"strike", 0, 1.0, encode_positions([1])), ("body", b"strike", 2, 1.0, encode_positions([0]))]


def test_plain_fields_are_given_the_postings_whoosh_gives_them():
    from whoosh.fields import DATETIME, ID, KEYWORD, NUMERIC

    from newsarchive.schema import build_schema
    from newsarchive.writers import plain_postings

    schema = build_schema()
    cases = [(schema["id"], "a-1 b"), (schema["stamp"], "/tmp/é.html\t12\t3\tff"), (schema["year"], "2024"),
             (schema["sketch_terms"], "00ab 00ab  ff01\t7"), (schema["sketch_terms"], ""),
             (schema["date"], datetime(2024, 2, 29, 23, 59, 59, 999999)), (schema["date_end"], datetime(1900, 1, 1)),
             (ID(field_boost=2.0), "AbC"), (KEYWORD(lowercase=True, commas=True), "A,b"), (NUMERIC(), 5),
             (DATETIME(), "2024-01-02")]
    for field, value in cases:
        postings = plain_postings(field, value)
        if postings is not None:
            assert sorted(postings) == sorted(field.index(value))
    assert [plain_postings(field, value) is None for field, value in cases] == [False] * 8 + [True] * 3


def test_a_merged_segment_is_the_segment_its_live_articles_make(tmp_path):
    from newsarchive import storage
    from newsarchive.indexer import merge_segments

    first, second = _articles(0, 200), _articles(200, 60)
    changed = [article.with_changes(body=article.body + " Talks resumed.") for article in first[::7] + second[::5]]
    merged = tmp_path / "merged"
    for batch in (first, second, changed):   # three segments, the first two with deleted documents
        index_articles(batch, index_dir=merged, jobs=1)
    merge_segments(storage.open_index(merged), merged)
    replaced = {article.id for article in changed}
    live = [article for article in first + second if article.id not in replaced] + changed
    direct = tmp_path / "direct"
    index_articles(live, index_dir=direct, jobs=1)
    merged_files, direct_files = _segment_files(merged), _segment_files(direct)
    # stored fields are copied as Whoosh copies them (the same fields, pickled in another key order)
    del merged_files["_stored.col"], direct_files["_stored.col"]
    assert merged_files == direct_files
    with storage.open_index(merged).reader() as one, storage.open_index(direct).reader() as other:
        assert list(one.all_stored_fields()) == list(other.all_stored_fields())


def test_positions_are_encoded_as_whoosh_encodes_them():
    from whoosh.formats import Positions

    from newsarchive.analysis import encode_positions

    rng = random.Random(5)
    for _ in range(2000):
        count = rng.choice([1, 1, 2, 3, 40])
        positions = sorted(rng.sample(range(rng.choice([300, 70_000])), count))
        assert encode_positions(positions) == Positions().encode(positions)


def test_positioned_reads_find_what_whoosh_reads(tmp_path):
    """Term entries found by slot and entry reads, and posting lists read in one piece, are
    Whoosh's own: for every term of a segment (one to three blocks, inlined ones too) and
    for terms it lacks."""
    from whoosh.codec.whoosh3 import W3PerDocReader, W3TermInfo

    from newsarchive import storage
    from newsarchive.blocks import SplitBlockMatcher, split_blocks

    index_articles(_articles(0, 300), index_dir=tmp_path, jobs=1)
    reader = storage.open_index(tmp_path).reader()
    (leaf, _), = reader.leaf_readers()
    terms = leaf._terms
    assert storage.positioned(terms._tindex.dbfile) is not None
    split = 0
    for (field, tbytes), info in list(terms.items()):
        key = terms._keycoder(field, tbytes)
        assert terms._value(key) == terms._tindex.get(key)
        assert W3TermInfo.from_bytes(terms._value(key)).doc_frequency() == info.doc_frequency()
        assert terms._value(key + b"\x00") is None
        data = terms.split_postings(field, tbytes)
        matcher = terms.matcher(field, tbytes, leaf.schema[field].format)
        if data is None:
            assert info.is_inlined() or not isinstance(matcher, SplitBlockMatcher)
            continue
        split += 1
        ours = []   # (id, weight, value) of each posting, ids from each block's deltas
        for deltas, weights, values in split_blocks(data, matcher._fixedsize):
            ours += zip(np.cumsum(deltas, dtype=np.int64).tolist(), weights.tolist(), values)
        whooshs = []   # through the matcher's posting-by-posting interface
        while matcher.is_active():
            whooshs.append((matcher.id(), matcher.weight(), matcher.value()))
            matcher.next()
        assert ours == whooshs
    assert split > 100
    assert terms._value(terms._keycoder("body", b"no-such-term")) is None
    whooshs = W3PerDocReader.stored_fields
    assert [leaf._perdoc.stored_fields(doc) for doc in range(leaf.doc_count_all())] == \
        [whooshs(leaf._perdoc, doc) for doc in range(leaf.doc_count_all())]
