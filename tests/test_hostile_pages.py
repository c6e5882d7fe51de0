"""Hostile pages: the run finishes, every bad page is reported with its reason, the good ones are indexed."""
from __future__ import annotations

import resource

from newsarchive import Archive, index_paths
from tests.hostile_pages import make_hostile_pages


def test_hostile_pages_are_reported_and_the_good_ones_indexed(tmp_path):
    folder = tmp_path / "pages"
    bad = make_hostile_pages(folder)
    report = index_paths([folder], index_dir=tmp_path / "index", jobs=2, page_timeout=5)
    reasons = {p.path.rsplit("/", 1)[-1]: p.reason for p in report.failed + report.skipped}
    for name in ("random.html", "empty.html", "binary.html", "truncated.html", "deep.html", "million.html",
                 "huge.html", "bomb.html.gz", "notes.txt", "pipe.html"):
        assert name in reasons, f"{name} ({bad[name]}) not reported"
        assert reasons[name]
    assert "larger than 16 MB" in reasons["huge.html"]
    assert "gzip bomb" in reasons["bomb.html.gz"]
    assert "not a regular file" in reasons["pipe.html"]
    # charset troubles and odd names still give articles
    with Archive.open(tmp_path / "index") as archive:
        ids = {hit.article.id.rsplit("/", 1)[-1] for hit in archive.search("", limit=100, all_copies=True)}
    assert {f"good-{n}.html" for n in range(5, 25)} <= ids
    assert {"wrong-charset.html", "no-charset.html", "utf16.html"} <= ids
    assert any(name.startswith("bad-") for name in ids)
    # the parent stays small: the pages are parsed in workers, each refused above 16 MB
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss < 1_500_000   # KB
