"""Posting blocks with positions apart: the same postings back, and indexes written before the
layout (Whoosh's blocks) read and ranked as before, alone or beside segments in the new layout."""
from __future__ import annotations

import pickle
import zlib

import pytest
from whoosh.codec.whoosh3 import W3Codec

from newsarchive import Archive, Article, index_articles
from newsarchive.blocks import LazyValues, decode_head, encode_block
from newsarchive.storage import NewsCodec


@pytest.mark.parametrize("weights", [[1.0, 1.0, 1.0], [2.0, 2.0, 2.0], [1.0, 3.0, 0.5]])
def test_a_block_reads_back_as_written(weights):
    ids = [4, 5, 4_000_000]
    values = (b"\x01\x02", b"", b"\x07" * 40)
    data = encode_block(ids, weights, values, compression=3)
    read_ids, read_weights = decode_head(data, len(ids))
    assert read_ids == tuple(ids) and list(read_weights) == weights
    assert list(LazyValues(_values_part(data), 3, None)) == list(values)
    fixed_size = encode_block(ids, weights, b"abcdef", compression=3)   # values of two bytes each, joined
    assert list(LazyValues(_values_part(fixed_size), 3, 2)) == [b"ab", b"cd", b"ef"]


def _values_part(data: bytes) -> bytes:
    return data[4 + int.from_bytes(data[:4], "big"):]


def test_values_are_not_decoded_until_read(monkeypatch):
    packed = zlib.compress(pickle.dumps((b"a", b"b"), 2))
    values = LazyValues(packed, 2, None)
    monkeypatch.setattr(pickle, "loads", lambda data: pytest.fail("decoded before use"))
    assert len(values) == 2


_BODY = "The harbour strike went on as workers and the port union met the minister over wages and talks. "


def _articles(start: int, count: int) -> list[Article]:
    return [Article(id=f"a{n}", headline=f"Strike day {n}", body=_BODY * (1 + n % 5) + f"Update {n} from the port.")
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
