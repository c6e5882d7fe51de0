"""Incremental indexing: touch, modify, delete; skipped and failed pages reported, never fatal."""
from __future__ import annotations

import os
import shutil
import time

import pytest

from newsarchive import Archive, Article, InputError, index_articles, index_paths
from tests.conftest import FIXTURES, SAMPLE_DATA


@pytest.fixture
def pages(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    for name in ("jsonld.html", "no_metadata.html", "cp1252.htm"):
        shutil.copy(FIXTURES / name, folder / name)
    shutil.copy(SAMPLE_DATA / "000_cf66f6befb59e769.txt", folder / "seed.txt")
    return folder


def run(folder, index_dir, **options):
    return index_paths([folder], index_dir=index_dir, jobs=1, **options)


def test_first_run_adds_and_rerun_skips_everything(pages, tmp_path):
    index_dir = tmp_path / "index"
    first = run(pages, index_dir)
    assert (first.added, first.updated, first.unchanged) == (4, 0, 0)
    again = run(pages, index_dir)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 4)


def test_touched_file_is_unchanged_modified_file_is_replaced(pages, tmp_path):
    index_dir = tmp_path / "index"
    run(pages, index_dir)
    later = time.time() + 5
    os.utime(pages / "jsonld.html", (later, later))
    page = pages / "no_metadata.html"
    page.write_text(page.read_text().replace("Bridge reopens after repairs", "Bridge reopens at last"))
    report = run(pages, index_dir)
    assert (report.added, report.updated, report.unchanged) == (0, 1, 3)
    with Archive.open(index_dir) as archive:
        assert len(archive) == 4
        assert archive.search("headline:last")[0].article.headline == "Bridge reopens at last"
        assert not archive.search('headline:"after repairs"')


def test_deleted_file_stays_until_prune(pages, tmp_path):
    index_dir = tmp_path / "index"
    run(pages, index_dir)
    (pages / "cp1252.htm").unlink()
    assert run(pages, index_dir).removed == 0
    with Archive.open(index_dir) as archive:
        assert len(archive) == 4
    report = run(pages, index_dir, prune=True)
    assert report.removed == 1
    with Archive.open(index_dir) as archive:
        assert len(archive) == 3


def test_bad_pages_are_reported_and_the_rest_indexed(pages, tmp_path):
    (pages / "empty.html").write_bytes(b"")
    (pages / "binary.html").write_bytes(bytes(range(256)) * 10)
    (pages / "menu.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    report = run(pages, tmp_path / "index")
    assert report.added == 4
    skipped = {os.path.basename(p.path): p.reason for p in report.skipped}
    failed = {os.path.basename(p.path): p.reason for p in report.failed}
    assert "no article text" in skipped["menu.html"] and "empty.html" in skipped
    assert "binary" in failed["binary.html"]


def test_parallel_run_matches_serial_run(tmp_path):
    serial = index_paths([SAMPLE_DATA], index_dir=tmp_path / "a", jobs=1)
    parallel = index_paths([SAMPLE_DATA], index_dir=tmp_path / "b", jobs=2)
    assert serial.added == parallel.added == 41
    with Archive.open(tmp_path / "a") as a, Archive.open(tmp_path / "b") as b:
        assert [h.article.id for h in a.search("oil", limit=50)] == [h.article.id for h in b.search("oil", limit=50)]


def test_batches_commit_along_the_way(pages, tmp_path):
    report = run(pages, tmp_path / "index", batch_size=1)
    assert report.added == 4
    with Archive.open(tmp_path / "index") as archive:
        assert len(archive) == 4


def test_rebuild_starts_empty(pages, tmp_path):
    index_dir = tmp_path / "index"
    run(pages, index_dir)
    report = run(pages, index_dir, rebuild=True)
    assert report.added == 4


def test_nothing_to_read_is_an_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        index_paths([tmp_path / "missing"], index_dir=tmp_path / "index")
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no pages found"):
        index_paths([tmp_path / "empty"], index_dir=tmp_path / "index")


def test_index_articles_is_incremental_by_id(tmp_path):
    articles = [Article(id=f"a{i}", headline=f"Story {i}", body="Harbour news " * 30) for i in range(3)]
    assert index_articles(articles, index_dir=tmp_path / "i").added == 3
    again = index_articles(articles[:2] + [articles[2].with_changes(body="Changed " * 40)], index_dir=tmp_path / "i")
    assert (again.added, again.updated, again.unchanged) == (0, 1, 2)
    with Archive.open(tmp_path / "i") as archive:
        assert len(archive) == 3


def test_same_url_in_two_files_is_indexed_once(pages, tmp_path):
    shutil.copy(pages / "jsonld.html", pages / "jsonld-copy.html")
    (pages / "jsonld.html").write_text((pages / "jsonld.html").read_text().replace(
        "<head>", '<head><link rel="canonical" href="https://coastal.example/x">'))
    (pages / "jsonld-copy.html").write_text((pages / "jsonld.html").read_text())
    report = run(pages, tmp_path / "index")
    assert report.added == 4
    assert any("same article id" in p.reason for p in report.skipped)


def test_optimize_merges_into_one_segment(pages, tmp_path, monkeypatch):
    from newsarchive import merging

    index_dir = tmp_path / "index"
    monkeypatch.setattr(merging, "TIER_LIMIT", 100)   # the run keeps its four one-page segments
    run(pages, index_dir, batch_size=1)
    monkeypatch.undo()
    with Archive.open(index_dir) as archive:
        assert len(archive._ix.reader().leaf_readers()) > 1
        before = [h.article.id for h in archive.search("strike", all_copies=True)]
    report = run(pages, index_dir, optimize=True)
    assert report.unchanged == 4
    with Archive.open(index_dir) as archive:
        assert len(archive._ix.reader().leaf_readers()) == 1
        assert [h.article.id for h in archive.search("strike", all_copies=True)] == before


def test_terms_of_one_document_survive_merges_and_deletions(tmp_path):
    """Posting lists of one document are kept inline in the term entry (NewsCodec): they must read
    back, merge and delete like any other."""
    from newsarchive.indexer import merge_segments
    from newsarchive.storage import open_index

    index_dir = tmp_path / "index"
    articles = [Article(id=f"a{n}", headline=f"Harbour report {n}", body=f"The quayside{n} story, word{n} only here.")
                for n in range(30)]
    index_articles(articles, index_dir=index_dir, batch_size=7)
    index_articles([articles[3].with_changes(body="Rewritten: nothing unusual.")], index_dir=index_dir)
    merge_segments(open_index(index_dir), index_dir)
    with Archive.open(index_dir) as archive:
        assert [hit.article.id for hit in archive.search("word5")] == ["a5"]
        assert archive.search("word3").total == 0
        assert archive.get("a29").body.startswith("The quayside29")
        assert archive.search("harbour").total == 30
        assert archive.check()["documents"] == 30


def test_segments_of_one_size_tier_are_merged_at_its_limit():
    from newsarchive.merging import TIER_LIMIT, segments_to_merge

    assert TIER_LIMIT == 3
    assert segments_to_merge([5000] * 20) == list(range(20))   # a thousand-page commit each: one segment
    assert segments_to_merge([100_000, 5000, 5000]) == []        # two of a tier wait for a third
    assert segments_to_merge([100_000, 5000, 5000, 5000]) == [1, 2, 3]
    assert segments_to_merge([50_000] * 20) == []                # large segments are merged on request only
    assert segments_to_merge([40, 900, 30, 20]) == [3, 2, 0]   # 90 stays among the tens
    assert segments_to_merge([40, 900, 300, 30, 50]) == [3, 0, 4, 2, 1]   # 120 is a third hundreds segment
    assert segments_to_merge([40, 30]) == []


def test_every_run_merges_full_tiers_and_searches_alike(tmp_path, monkeypatch):
    from newsarchive import merging

    articles = [Article(id=f"a{n}", headline=f"Harbour report {n}", body=f"Dock workers{n % 7} strike, day {n}. " * 9)
                for n in range(40)]
    rewrite = [articles[0].with_changes(body="Rewritten harbour story. " * 9)]
    monkeypatch.setattr(merging, "TIER_LIMIT", 100)
    index_articles(articles, index_dir=tmp_path / "apart", batch_size=5, jobs=1)
    index_articles(rewrite, index_dir=tmp_path / "apart")
    monkeypatch.undo()
    index_articles(articles, index_dir=tmp_path / "merged", batch_size=5, jobs=1)
    index_articles(rewrite, index_dir=tmp_path / "merged")
    with Archive.open(tmp_path / "apart") as apart, Archive.open(tmp_path / "merged") as merged:
        assert len(apart._ix.reader().leaf_readers()) == 9
        assert len(merged._ix.reader().leaf_readers()) == 2   # the eight first segments, and the rewrite
        for query in ("harbour", "workers3 strike", "rewritten", "report 17"):
            assert [(h.article.id, round(h.score, 9)) for h in merged.search(query, limit=50, all_copies=True)] \
                == [(h.article.id, round(h.score, 9)) for h in apart.search(query, limit=50, all_copies=True)]
        assert merged.check()["documents"] == 40
