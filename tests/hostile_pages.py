"""A generator of bad inputs for the indexer: what the open web and old disks hand us."""
from __future__ import annotations

import gzip
import os
import random
from pathlib import Path

GOOD_PAGE = """<html><head><title>{title} | Test Wire</title></head><body>
<nav><a href="/">Home</a></nav><article><h1>{title}</h1>
<p>{sentence} The council met on Tuesday to discuss the harbour budget for the coming year.</p>
<p>Officials said the plan would be published next month after a round of public hearings.</p>
</article></body></html>"""


def good_page(number: int) -> str:
    return GOOD_PAGE.format(title=f"Harbour budget story number {number}",
                            sentence=f"This is story {number} of the test archive.")


def make_hostile_pages(folder: Path, *, big_mb: int = 50) -> dict[str, str]:
    """Write bad pages among good ones; returns the bad pages' names with the kind of trouble."""
    rng = random.Random(7)
    folder.mkdir(parents=True, exist_ok=True)
    bad: dict[str, str] = {}

    def write(name: str, data: bytes, kind: str) -> None:
        (folder / name).write_bytes(data)
        bad[name] = kind

    write("random.html", bytes(rng.randrange(256) for _ in range(20_000)), "random bytes")
    write("empty.html", b"", "empty")
    write("binary.html", b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 40, "binary")
    write("truncated.html", good_page(0).encode()[:60], "truncated")
    write("deep.html", b"<html><body>" + b"<div>" * 100_000 + b"deep" + b"</div>" * 100_000 + b"</body></html>",
          "100,000-deep nesting")
    write("million.html", b"<html><body>" + b"<i>x</i>" * 1_000_000 + b"</body></html>", "a million elements")
    with open(folder / "huge.html", "wb") as handle:
        handle.write(b"<html><body><p>")
        chunk = b"word " * 200_000
        for _ in range(big_mb):
            handle.write(chunk)
        handle.write(b"</p></body></html>")
    bad["huge.html"] = f"a {big_mb} MB page"
    write("wrong-charset.html", ("<meta charset='utf-8'>" + good_page(1).replace("Harbour", "Härbour"))
          .encode("cp1252"), "wrong charset")
    write("no-charset.html", good_page(2).replace("council", "conseil municipal réuni").encode("latin-1"),
          "missing charset")
    write("utf16.html", b"\xff\xfe" + good_page(3).encode("utf-16-le"), "UTF-16 with BOM")
    write("bomb.html.gz", gzip.compress(b"\x00" * (64 * 1024 * 1024)), "gzip bomb")
    write("notes.txt", b"shopping list\neggs\nmilk\n", "not an article")
    os.symlink(folder, folder / "loop")
    bad["loop"] = "symlink loop"
    os.mkfifo(folder / "pipe.html")
    bad["pipe.html"] = "named pipe"
    weird = os.fsencode(folder) + b"/bad-\xff-name.html"
    with open(weird, "wb") as handle:
        handle.write(good_page(4).encode())
    for number in range(5, 25):
        (folder / f"good-{number}.html").write_text(good_page(number))
    return bad
