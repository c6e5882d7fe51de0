from __future__ import annotations

import codecs
import gzip
import os

import pytest

from newsarchive.errors import InputError
from newsarchive.sources import HTML, TEXT, PageFile, decode, find_pages, read_page


def test_walk_finds_pages_skips_hidden_and_other_files(tmp_path):
    (tmp_path / "a.html").write_text("<p>x</p>")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("x")
    (tmp_path / "sub" / "c.html.gz").write_bytes(gzip.compress(b"<p>x</p>"))
    (tmp_path / ".hidden.html").write_text("x")
    (tmp_path / "notes.md").write_text("x")
    found = [f for f in find_pages([tmp_path]) if isinstance(f, PageFile)]
    names = sorted(f.key for f in found)
    root = tmp_path.name
    assert names == [f"{root}/a.html", f"{root}/sub/b.txt", f"{root}/sub/c.html.gz"]
    assert {f.media_type for f in found if f.key.endswith(".gz")} == {HTML}


def test_missing_path_is_reported_not_raised(tmp_path):
    [problem] = list(find_pages([tmp_path / "nope"]))
    assert isinstance(problem, InputError) and "no such file" in problem.reason


def test_symlink_loop_does_not_trap_the_walk(tmp_path):
    (tmp_path / "a.html").write_text("x")
    os.symlink(tmp_path, tmp_path / "loop")
    assert len([f for f in find_pages([tmp_path]) if isinstance(f, PageFile)]) == 1


def test_gzip_pages_are_read_and_bombs_refused(tmp_path, monkeypatch):
    import newsarchive.sources as sources

    page = tmp_path / "p.html.gz"
    page.write_bytes(gzip.compress(b"<p>hello</p>"))
    [found] = list(find_pages([page]))
    assert read_page(found).data == b"<p>hello</p>"
    monkeypatch.setattr(sources, "MAX_PAGE_BYTES", 1000)
    page.write_bytes(gzip.compress(b"a" * 100_000))
    [found] = list(find_pages([page]))
    with pytest.raises(InputError, match="gzip bomb"):
        read_page(found)


@pytest.mark.parametrize("data, expected", [
    ("<meta charset='windows-1252'><p>caf\xe9</p>".encode("latin-1"), "café"),
    ('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">\x93q\x94'.encode("latin-1"), "“q”"),
    (codecs.BOM_UTF16_LE + "<p>Zürich</p>".encode("utf-16-le"), "Zürich"),
    (codecs.BOM_UTF8 + "<p>Kraków</p>".encode("utf-8"), "Kraków"),
    ("<p>São Paulo</p>".encode("utf-8"), "São Paulo"),
])
def test_decode_honours_boms_and_declared_charsets(data, expected):
    assert expected in decode(data, HTML)


def test_undeclared_legacy_text_is_detected():
    text = "Les cafés de la place étaient pleins, disait-on à l'époque, et même très pleins." * 3
    assert "cafés" in decode(text.encode("cp1252"), TEXT)


def test_binary_data_is_refused():
    with pytest.raises(InputError, match="binary"):
        decode(b"\x00\x01\x02\x03" * 100, HTML, "x.html")
