"""Locks, damaged indexes, slow or hostile pages, no network: the archive is never lost."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsarchive import Archive, Article, IndexDamagedError, IndexLockedError, index_articles, index_paths
from newsarchive.cli import main
from newsarchive.storage import damage_report
from tests.conftest import FIXTURES, SAMPLE_DATA

HOLD_LOCK = textwrap.dedent("""
    import sys, time
    from newsarchive.storage import open_or_create, locked_writer
    ix = open_or_create(sys.argv[1])
    with locked_writer(ix, sys.argv[1], wait=0) as writer:
        print("locked", flush=True)
        time.sleep(60)
""")


@pytest.fixture
def small_index(tmp_path):
    index_dir = tmp_path / "index"
    index_paths([FIXTURES], index_dir=index_dir, jobs=1)
    return index_dir


@pytest.fixture
def new_page(tmp_path):
    """A folder with one page not yet in the index, so that indexing must write."""
    folder = tmp_path / "new"
    folder.mkdir()
    (folder / "seed.txt").write_bytes((SAMPLE_DATA / "000_cf66f6befb59e769.txt").read_bytes())
    return folder


def hold_lock(index_dir: Path) -> subprocess.Popen:
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(index_dir)], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "locked"
    return holder


def test_second_writer_waits_then_names_the_holder(small_index, new_page):
    holder = hold_lock(small_index)
    try:
        started = time.monotonic()
        with pytest.raises(IndexLockedError, match=f"pid {holder.pid}"):
            index_paths([new_page], index_dir=small_index, jobs=1, wait=0.6)
        assert time.monotonic() - started >= 0.5
        result = CliRunner().invoke(main, ["index", str(new_page), "--index", str(small_index), "--wait", "0"])
        assert result.exit_code == 3 and "being updated by another process" in result.stderr
    finally:
        holder.kill()
        holder.wait()


def test_rebuild_waits_for_the_lock_too(small_index, new_page):
    holder = hold_lock(small_index)
    try:
        with pytest.raises(IndexLockedError):
            index_paths([new_page], index_dir=small_index, jobs=1, wait=0, rebuild=True)
    finally:
        holder.kill()
        holder.wait()
    with Archive.open(small_index) as archive:
        assert len(archive) == 3   # untouched


def test_lock_of_a_killed_process_is_cleared(small_index):
    holder = hold_lock(small_index)
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    report = index_paths([SAMPLE_DATA / "harbor-ledger"], index_dir=small_index, jobs=1, wait=1)
    assert report.added == 8


def test_searches_work_while_a_writer_holds_the_lock(small_index):
    holder = hold_lock(small_index)
    try:
        with Archive.open(small_index) as archive:
            assert archive.search("port strike")
    finally:
        holder.kill()
        holder.wait()


def test_truncated_index_file_is_reported_as_damaged(small_index):
    biggest = max((p for p in small_index.iterdir() if p.is_file()), key=lambda p: p.stat().st_size)
    biggest.write_bytes(biggest.read_bytes()[: biggest.stat().st_size // 3])
    with pytest.raises(IndexDamagedError, match="--rebuild"):
        with Archive.open(small_index) as archive:
            archive.check()
    result = CliRunner().invoke(main, ["check", "--index", str(small_index)])
    assert result.exit_code == 3 and "damaged" in result.stderr and "Traceback" not in result.output


def test_garbled_table_of_contents_is_reported_as_damaged(small_index):
    toc = next(p for p in small_index.iterdir() if p.suffix == ".toc")
    toc.write_bytes(b"\x00garbage" * 10)
    result = CliRunner().invoke(main, ["search", "port", "--index", str(small_index)])
    assert result.exit_code == 3 and "damaged" in result.stderr


def test_a_damage_report_names_the_error_and_its_message_only_when_it_has_one():
    assert "is damaged: EOFError; run" in str(damage_report("idx", EOFError()))
    assert "is damaged: EOFError: stored document 3 is cut short; run" \
        in str(damage_report("idx", EOFError("stored document 3 is cut short")))


def _cut_biggest_segment(index_dir: Path) -> None:
    biggest = max((p for p in index_dir.iterdir() if p.suffix == ".seg"), key=lambda p: p.stat().st_size)
    biggest.write_bytes(biggest.read_bytes()[: biggest.stat().st_size // 3])


def test_indexing_into_a_damaged_index_says_so(small_index, new_page):
    """An incremental run reads the index's stamps first: a damaged segment is reported as
    damage (exit 3, the rebuild to run), not as click's bare "Aborted!" for an ``EOFError``."""
    _cut_biggest_segment(small_index)
    result = CliRunner().invoke(main, ["index", str(new_page), "--index", str(small_index)])
    assert result.exit_code == 3 and "damaged" in result.stderr and "--rebuild" in result.stderr
    with pytest.raises(IndexDamagedError):
        index_articles([Article(id="x", headline="Port strike", body="Dockers stop work.")], index_dir=small_index)


@pytest.mark.parametrize("damage", ["truncated segment", "garbled table of contents"])
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_the_rebuild_a_damage_report_asks_for_repairs_the_index(small_index, damage, jobs):
    """``index --rebuild``, which every damage report names, replaces the index without reading
    the damaged files: a segment cut short or a table of contents turned to garbage."""
    if damage == "truncated segment":
        _cut_biggest_segment(small_index)
    else:
        next(p for p in small_index.iterdir() if p.suffix == ".toc").write_bytes(b"\x00garbage" * 10)
    assert CliRunner().invoke(main, ["check", "--index", str(small_index)]).exit_code == 3
    rebuilt = CliRunner().invoke(main, ["index", str(FIXTURES), "--index", str(small_index), "--rebuild",
                                        "--jobs", jobs])
    assert rebuilt.exit_code == 0, rebuilt.output
    result = CliRunner().invoke(main, ["check", "--index", str(small_index)])
    assert result.exit_code == 0 and "ok, 3 documents" in result.stdout
    with Archive.open(small_index) as archive:
        assert archive.search("port strike")


def test_check_passes_on_a_good_index(small_index):
    result = CliRunner().invoke(main, ["check", "--index", str(small_index)])
    assert result.exit_code == 0 and "ok, 3 documents" in result.stdout


def test_slow_page_hits_the_time_limit(tmp_path, monkeypatch):
    import newsarchive.extract as extract

    def stall(page, site_lines=frozenset()):
        time.sleep(5)

    monkeypatch.setattr(extract, "extract_page", stall)
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "slow.html").write_text("<p>x</p>")
    (tmp_path / "pages" / "ok.html").write_text("<p>x</p>")
    started = time.monotonic()
    report = index_paths([tmp_path / "pages"], index_dir=tmp_path / "index", jobs=1, page_timeout=0.3)
    assert time.monotonic() - started < 3
    assert all("took longer than 0.3s" in p.reason for p in report.failed) and len(report.failed) == 2


def test_time_limit_holds_when_a_parser_swallows_the_first_alarm(tmp_path, monkeypatch):
    import newsarchive.extract as extract

    def stall_swallowing_everything(page, site_lines=frozenset()):
        deadline = time.monotonic() + 5
        swallowed = 0
        while time.monotonic() < deadline:
            try:
                time.sleep(0.01)
            except BaseException:   # what a careless callback or finaliser does with the first alarm
                swallowed += 1
                if swallowed > 1:
                    raise
        return None

    monkeypatch.setattr(extract, "extract_page", stall_swallowing_everything)
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "slow.html").write_text("<p>x</p>")
    started = time.monotonic()
    report = index_paths([tmp_path / "pages"], index_dir=tmp_path / "index", jobs=1, page_timeout=0.3)
    assert time.monotonic() - started < 3
    assert [p.reason for p in report.failed] == ["took longer than 0.3s to extract (page limit)"]


def test_indexing_never_touches_the_network(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("network access during indexing")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    report = index_paths([SAMPLE_DATA], index_dir=tmp_path / "index", jobs=1)
    assert report.added == 41


def test_searches_stay_consistent_while_an_index_run_commits(tmp_path):
    from tests.hostile_pages import good_page

    pages = tmp_path / "many"
    pages.mkdir()
    for number in range(600):
        (pages / f"p{number:04d}.html").write_text(good_page(number))
    index_dir = tmp_path / "index"
    index_paths([pages / "p0000.html"], index_dir=index_dir, jobs=1)
    script = ("import sys\nfrom newsarchive import index_paths\n"
              "index_paths([sys.argv[1]], index_dir=sys.argv[2], jobs=1, batch_size=40)")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    run = subprocess.Popen([sys.executable, "-c", script, str(pages), str(index_dir)], env=env)
    counts = []
    try:
        while run.poll() is None:
            with Archive.open(index_dir) as archive:
                found = archive.search("harbour budget", limit=1000, all_copies=True)
                assert all(hit.article.body.endswith("public hearings.") for hit in found)
                counts.append(len(archive))
            time.sleep(0.05)
    finally:
        run.wait()
    assert run.returncode == 0
    assert counts == sorted(counts) and len(set(counts)) > 2   # snapshots only ever grow, batch by batch
    with Archive.open(index_dir) as archive:
        assert len(archive) == 600
