"""Killed at random moments, commits included, an index run never damages the index.

About 3,000 pages are indexed by a subprocess that is SIGKILLed again and again;
after every kill the index opens, stats work, searches return whole documents,
and the final run ends with exactly the expected documents, none twice.
"""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time

from newsarchive import Archive
from tests.hostile_pages import good_page

PAGES = 3000
KILLS = 12
RUN = textwrap.dedent("""
    import sys
    from newsarchive import index_paths
    index_paths([sys.argv[1]], index_dir=sys.argv[2], jobs=2, batch_size=150, wait=30)
""")


def test_sigkill_at_random_moments_never_damages_the_index(tmp_path):
    pages = tmp_path / "pages"
    for number in range(PAGES):
        folder = pages / f"{number // 500:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"p{number:05d}.html").write_text(good_page(number))
    index_dir = tmp_path / "index"
    expected = {f"pages/{number // 500:02d}/p{number:05d}.html" for number in range(PAGES)}
    rng = random.Random(2026)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    counts = []
    for kill in range(KILLS):
        run = subprocess.Popen([sys.executable, "-c", RUN, str(pages), str(index_dir)], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        if kill == 0:   # on a loaded machine the first commit can take longer than any random delay
            _wait_for_first_commit(index_dir, run)
        time.sleep(rng.uniform(0.5, 4.0))
        os.killpg(run.pid, signal.SIGKILL)   # the run and its workers, wherever they are
        run.wait()
        if not index_dir.exists() or not any(p.suffix == ".toc" for p in index_dir.iterdir()):
            continue
        with Archive.open(index_dir) as archive:
            stats = archive.stats()
            counts.append(stats.documents)
            for hit in archive.search("harbour budget", limit=20):
                assert hit.article.id in expected
                assert hit.article.body.endswith("public hearings.")   # whole documents only
            assert archive.check()["documents"] == stats.documents
    assert counts and max(counts) > 0, "no kill left committed work behind"
    assert any(0 < c < PAGES for c in counts), f"no kill landed mid-run: {counts}"
    finished = subprocess.run([sys.executable, "-c", RUN, str(pages), str(index_dir)], env=env, timeout=600)
    assert finished.returncode == 0
    with Archive.open(index_dir) as archive:
        ids = [hit.article.id for hit in archive.search("", limit=PAGES + 10, all_copies=True)]
    assert len(ids) == PAGES and set(ids) == expected


def _wait_for_first_commit(index_dir, run, limit: float = 300.0) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline and run.poll() is None:
        if index_dir.exists() and any(p.suffix == ".toc" and not p.name.endswith("_0.toc")
                                      for p in index_dir.iterdir()):
            return
        time.sleep(0.1)
