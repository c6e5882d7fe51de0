"""WARC files, gzipped pages and JSON Lines of articles, in any mix; the extract stage."""
from __future__ import annotations

import gzip
import json
from io import BytesIO

import pytest
from click.testing import CliRunner

from newsarchive import Archive, index_paths
from newsarchive.cli import main
from tests.conftest import FIXTURES, SAMPLE_DATA


def make_warc(path, pages, *, broken_after: int | None = None) -> None:
    """A WARC.gz of HTML responses (url, html bytes, date), one broken record if asked."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for number, (url, html, when) in enumerate(pages):
            encoding = [("Content-Encoding", "gzip")] if number == broken_after else []
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"), *encoding],
                                       protocol="HTTP/1.1")
            body = b"\x1f\x8b\x08\x00garbage, not gzip" if number == broken_after else html
            record = writer.create_warc_record(url, "response", payload=BytesIO(body), http_headers=headers,
                                               warc_headers_dict={"WARC-Date": when})
            writer.write_record(record)
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://x.example/logo.png", "response",
                                                      payload=BytesIO(b"\x89PNG..."), http_headers=image))


def page(title: str, paragraph: str) -> bytes:
    body = "".join(f"<p>{paragraph} Sentence {i} adds detail to the report about the {title.lower()}.</p>"
                   for i in range(4))
    return f"<html><head><title>{title}</title></head><body><h1>{title}</h1>{body}</body></html>".encode()


PAGES = [
    ("https://wire.example/a", page("Dam opens", "Engineers opened the new dam on the river."), "2021-05-04T10:00:00Z"),
    ("https://wire.example/b", page("Ferry strike", "Ferry crews walked out over pay and rotas."), "2021-05-05T11:00:00Z"),
    ("https://wire.example/c", page("Tram returns", "The old tram line reopened after forty years."), "2021-05-06T12:00:00Z"),
]


def test_warc_responses_are_indexed_with_url_and_crawl_date(tmp_path):
    make_warc(tmp_path / "crawl.warc.gz", PAGES)
    report = index_paths([tmp_path / "crawl.warc.gz"], index_dir=tmp_path / "index", jobs=1)
    assert report.added == 3 and not report.failed
    with Archive.open(tmp_path / "index") as archive:
        article = archive.get("https://wire.example/b")
        assert article.headline == "Ferry strike"
        assert article.date.isoformat() == "2021-05-05T11:00:00+00:00"   # the page has none: crawl time
        assert article.path.endswith("crawl.warc.gz")
    again = index_paths([tmp_path / "crawl.warc.gz"], index_dir=tmp_path / "index", jobs=1)
    assert (again.added, again.unchanged) == (0, 1)


def test_a_broken_warc_record_is_reported_and_the_rest_indexed(tmp_path):
    make_warc(tmp_path / "crawl.warc.gz", PAGES, broken_after=1)
    report = index_paths([tmp_path / "crawl.warc.gz"], index_dir=tmp_path / "index", jobs=1)
    assert report.added == 2
    [problem] = report.failed
    assert "https://wire.example/b" in problem.path and problem.reason   # garbled body: "binary data"


def test_mixed_inputs_in_one_run(tmp_path):
    make_warc(tmp_path / "crawl.warc", PAGES)
    (tmp_path / "page.html.gz").write_bytes(gzip.compress((FIXTURES / "jsonld.html").read_bytes()))
    articles = [{"id": "export-1", "headline": "Exported story", "body": "Text of the exported story. " * 20,
                 "date": "2020-01-02", "dateline": "Oslo"},
                {"id": "export-2", "headline": "Second story", "body": "Another exported text. " * 20},
                "not a record", {"headline": "no id or body"}]
    (tmp_path / "articles.jsonl").write_text("\n".join(json.dumps(a) for a in articles) + "\n{broken json\n")
    report = index_paths([tmp_path], index_dir=tmp_path / "index", jobs=2)
    assert report.added == 3 + 1 + 2
    assert len(report.failed) == 2 and all("articles.jsonl:" in p.path for p in report.failed)
    with Archive.open(tmp_path / "index") as archive:
        assert archive.get("export-1").dateline == "Oslo"
        assert archive.search("port strike")
        assert archive.search("exported story", since="2020-01", until="2020-01")


def test_extract_then_index_the_jsonl(tmp_path):
    runner = CliRunner()
    out = tmp_path / "articles.jsonl"
    result = runner.invoke(main, ["extract", str(SAMPLE_DATA / "harbor-ledger"), "-o", str(out), "-j", "1"])
    assert result.exit_code == 0 and "8 articles written" in result.stderr
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(records) == 8 and all(r["headline"] and r["body"] for r in records)
    indexed = runner.invoke(main, ["index", str(out), "--index", str(tmp_path / "index")])
    assert indexed.exit_code == 0 and "8 added" in indexed.stderr
    again = runner.invoke(main, ["index", str(out), "--index", str(tmp_path / "index")])
    assert "1 unchanged" in again.stderr


def test_extract_to_stdout(tmp_path):
    result = CliRunner().invoke(main, ["extract", str(FIXTURES / "jsonld.html"), "-o", "-"])
    assert json.loads(result.stdout)["headline"] == "Port strike ends after pay deal"


def test_parquet_needs_its_extra_or_writes(tmp_path):
    result = CliRunner().invoke(main, ["extract", str(FIXTURES / "jsonld.html"), "-o", str(tmp_path / "a.parquet")])
    try:
        import pyarrow.parquet as pq
    except ImportError:
        assert result.exit_code == 2 and "pip install 'newsarchive[parquet]'" in result.stderr
    else:
        assert result.exit_code == 0 and pq.read_table(tmp_path / "a.parquet").num_rows == 1


def test_shards_search_as_one_index(tmp_path):
    single = index_paths([SAMPLE_DATA], index_dir=tmp_path / "single", jobs=1)
    sharded = index_paths([SAMPLE_DATA], index_dir=tmp_path / "sharded", shards=3)
    assert single.added == sharded.added == 41
    assert sorted(p.name for p in (tmp_path / "sharded").iterdir()) == ["shard-00", "shard-01", "shard-02",
                                                                         "shards.json"]
    with Archive.open(tmp_path / "single") as one, Archive.open(tmp_path / "sharded") as many:
        assert many.stats().documents == 41
        for query in ("oil", "glacier", "strike", "venezuela sanctions",
                      "why did the reservoirs behind the dams run low during the drought"):
            expected = [(h.article.id, round(h.score, 6), h.copies) for h in one.search(query, limit=50)]
            assert [(h.article.id, round(h.score, 6), h.copies) for h in many.search(query, limit=50)] == expected
        assert [h.article.id for h in many.search("", dateline="washington", limit=50)] == \
            [h.article.id for h in one.search("", dateline="washington", limit=50)]
        assert many.timeline("oil") == one.timeline("oil")
        seed = "sample_data/000_cf66f6befb59e769.txt"
        def stories(hits):   # a story is an article with its copies, whichever copy stands for it
            return {frozenset({h.article.id, *h.copies}) for h in hits}

        assert stories(many.similar(seed, limit=5)) == stories(one.similar(seed, limit=5))
        assert many.check()["documents"] == 41
    again = index_paths([SAMPLE_DATA], index_dir=tmp_path / "sharded")
    assert again.unchanged == 41 and again.added == 0


def test_extract_on_spark_then_index(tmp_path):
    pytest.importorskip("pyspark")
    import shutil as shell

    if shell.which("java") is None:
        pytest.skip("Spark needs Java")
    crawl = tmp_path / "crawl"
    crawl.mkdir()
    make_warc(crawl / "a.warc.gz", PAGES[:2])
    make_warc(crawl / "b.warc.gz", PAGES[2:], broken_after=None)
    (crawl / "page.html").write_bytes((FIXTURES / "jsonld.html").read_bytes())
    result = CliRunner().invoke(main, ["extract", "--spark", "local[2]", str(crawl), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "4 articles written" in result.stderr
    assert list((tmp_path / "out").glob("part-*.json"))
    report = index_paths([tmp_path / "out"], index_dir=tmp_path / "index", jobs=1)
    assert report.added == 4 and not report.failed
    with Archive.open(tmp_path / "index") as archive:
        assert archive.get("https://wire.example/b").headline == "Ferry strike"
        assert archive.search("port strike")
