"""Find the pages under the paths a user names, and read them as text.

This module knows about files and encodings only; it does not know what an
article is. ``find_pages`` is cheap (a directory walk and a ``stat`` per file) so
that an incremental run can skip unchanged files before reading them.
"""
from __future__ import annotations

import codecs
import gzip
import os
import re
import stat
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

from .errors import InputError

HTML = "text/html"
TEXT = "text/plain"
WARC = "application/warc"
JSONL = "application/jsonl"

_MEDIA_TYPES = {
    ".html": HTML, ".htm": HTML, ".xhtml": HTML, ".shtml": HTML,
    ".txt": TEXT, ".text": TEXT,
    ".warc": WARC, ".arc": WARC,
    ".jsonl": JSONL, ".ndjson": JSONL, ".json": JSONL,   # .json as Spark writes it: JSON Lines
}
#: Larger files are not news pages (the largest we saw were under 5 MB); refusing them keeps
#: memory bounded, since a parsed page takes about 20 times its size.
MAX_PAGE_BYTES = 16 * 1024 * 1024


@dataclass(frozen=True)
class PageFile:
    """A page found on disk, not yet read."""

    path: str          # absolute path as text, the key for incremental re-runs
    key: str           # stable id fallback: the path relative to the indexed root's parent
    media_type: str
    size: int
    mtime_ns: int
    location: str = ""  # the path as the OS knows it, when a file name is not valid UTF-8

    @property
    def os_path(self) -> str:
        return self.location or self.path


@dataclass(frozen=True)
class Page:
    """A page read into memory: raw bytes plus where they came from."""

    origin: str
    data: bytes
    media_type: str
    url: str = ""
    key: str = ""
    crawled: datetime | None = None   # when a crawler fetched it (WARC): a date of last resort
    saved: datetime | None = None     # when the file was last written: nothing on it is later

    @property
    def latest(self) -> datetime | None:
        """No date on the page can be later than its fetching or saving (a file time before
        the web existed is a reset clock, not evidence)."""
        if self.crawled:
            return self.crawled
        return self.saved if self.saved and self.saved.year >= 1995 else None

    def text(self) -> str:
        """The page decoded to text, honouring BOMs and declared charsets."""
        return decode(self.data, self.media_type, self.origin)


def media_type_of(path: Path) -> str | None:
    suffixes = [s.lower() for s in path.suffixes[-2:]]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return _MEDIA_TYPES.get(suffixes[-1]) if suffixes else None


def find_pages(paths: Iterable[str | os.PathLike[str]]) -> Iterator[PageFile | InputError]:
    """Yield every page under ``paths``; problems are yielded as ``InputError``, not raised.

    Folders are walked recursively (hidden entries and symlinked folders are not
    followed, so a link loop cannot trap the walk); inside them only files with a
    known page extension count. A file named directly is taken whatever its name.
    """
    for raw in paths:
        root = Path(raw)
        if not root.exists():
            yield InputError(str(raw), "no such file or folder")
        elif root.is_dir():
            yield from _walk(root)
        else:
            media_type = media_type_of(root) or _sniff(root)
            yield _page_file(root, root.name, media_type)


def _walk(root: Path) -> Iterator[PageFile | InputError]:
    base = root.resolve()
    prefix = base.name
    found: list[Path] = []

    def on_error(exc: OSError) -> None:
        found.append(Path(exc.filename or str(root)))

    for folder, dirs, files in os.walk(base, onerror=on_error):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = Path(folder, name)
            media_type = media_type_of(path)
            if media_type is not None:
                key = f"{prefix}/{path.relative_to(base).as_posix()}"
                yield _page_file(path, key, media_type)
    for unreadable in found:
        yield InputError(str(unreadable), "folder cannot be read")


def _page_file(path: Path, key: str, media_type: str) -> PageFile | InputError:
    try:
        info = path.stat()
    except OSError as exc:
        return InputError(_printable(str(path)), exc.strerror or "cannot be read")
    if not stat.S_ISREG(info.st_mode):
        return InputError(_printable(str(path)), "not a regular file (a pipe or device?)")
    absolute = str(path.absolute())
    text = _printable(absolute)
    return PageFile(text, _printable(key), media_type, info.st_size, info.st_mtime_ns,
                    location=absolute if text != absolute else "")


def _printable(text: str) -> str:
    """File names need not be valid UTF-8; ids and index terms must be ("bad-\\xff-name.html")."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _sniff(path: Path) -> str:
    try:
        with open(path, "rb") as handle:
            head = handle.read(2048)
    except OSError:
        return TEXT
    if head[:2] == b"\x1f\x8b":
        return HTML if ".htm" in path.name.lower() else TEXT
    return HTML if re.search(rb"<(!doctype|html|head|body|p|div)\b", head, re.I) else TEXT


def read_page(found: PageFile) -> Page:
    """Read a found page into memory (gunzipping it), refusing oversized or bomb files."""
    try:
        with open(found.os_path, "rb") as handle:
            data = handle.read(MAX_PAGE_BYTES + 1)
    except OSError as exc:
        raise InputError(found.path, exc.strerror or "cannot be read") from exc
    data = decompressed(found.path, data)
    if len(data) > MAX_PAGE_BYTES:
        raise InputError(found.path, f"larger than {MAX_PAGE_BYTES // (1024 * 1024)} MB, not a news page")
    saved = datetime.fromtimestamp(found.mtime_ns / 1e9, tz=timezone.utc)
    return Page(origin=found.path, data=data, media_type=found.media_type, key=found.key, saved=saved)


def open_text(found: PageFile):
    """A text file (gzipped or not) opened for reading lines as UTF-8."""
    if found.os_path.endswith(".gz"):
        return gzip.open(found.os_path, "rt", encoding="utf-8", errors="replace")
    return open(found.os_path, encoding="utf-8", errors="replace")


def read_warc(found: PageFile) -> Iterator[Page | InputError]:
    """The HTML responses of a WARC (or ARC) file as pages, with their URL and crawl time.

    A record that cannot be read is yielded as an ``InputError`` and the next one is
    tried; when the file itself breaks off, what came before it is kept.
    """
    try:
        handle = open(found.os_path, "rb")
    except OSError as exc:
        yield InputError(found.path, exc.strerror or "cannot be read")
        return
    with handle:
        yield from warc_pages(handle, found.path)


def warc_pages(stream: BinaryIO, name: str) -> Iterator[Page | InputError]:
    """The HTML responses in a WARC stream (a file, or bytes a cluster handed over)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    records = iter(ArchiveIterator(stream, arc2warc=True))
    number = 0
    while True:
        try:
            record = next(records)
        except StopIteration:
            return
        except (ArchiveLoadFailed, ValueError, OSError, EOFError) as exc:
            yield InputError(f"{name} (after record {number})", f"WARC breaks off here ({exc})")
            return
        number += 1
        if record.rec_type != "response":
            continue
        url = record.rec_headers.get_header("WARC-Target-URI") or ""
        where = f"{name} ({url or f'record {number}'})"
        try:
            kind = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
            if "html" not in kind.lower():
                continue
            data = record.content_stream().read(MAX_PAGE_BYTES + 1)
        except Exception as exc:  # a broken record: report it, read on
            yield InputError(where, f"unreadable WARC record ({type(exc).__name__}: {exc})")
            continue
        if len(data) > MAX_PAGE_BYTES:
            yield InputError(where, f"larger than {MAX_PAGE_BYTES // (1024 * 1024)} MB, not a news page")
            continue
        yield Page(origin=where, data=data, media_type=HTML, url=url, key=url,
                   crawled=_warc_date(record.rec_headers.get_header("WARC-Date")))


def _warc_date(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None


def decompressed(path: str, data: bytes) -> bytes:
    """Gzipped bytes inflated (within the page size limit); other bytes as they are."""
    return _gunzip(path, data) if data[:2] == b"\x1f\x8b" else data


def _gunzip(path: str, data: bytes) -> bytes:
    import zlib

    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, MAX_PAGE_BYTES + 1)
    except zlib.error as exc:
        raise InputError(path, f"corrupt gzip data ({exc})") from exc
    if len(out) > MAX_PAGE_BYTES:
        raise InputError(path, f"decompresses to more than {MAX_PAGE_BYTES // (1024 * 1024)} MB (a gzip bomb?)")
    return out


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.I)


def decode(data: bytes, media_type: str = HTML, origin: str = "") -> str:
    """Bytes to text: BOM, then the charset the page declares, then UTF-8, then detection.

    Pages that declare ``iso-8859-1`` are decoded as windows-1252, as browsers do.
    """
    if b"\x00" in data[:4096] and not any(data.startswith(bom) for bom, _ in _BOMS):
        raise InputError(origin, "binary data, not a text page")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, "replace")
    if media_type == HTML:
        declared = _DECLARED_CHARSET.search(data[:4096])
        if declared:
            encoding = _browser_encoding(declared.group(1).decode("ascii", "ignore"))
            if encoding:
                return data.decode(encoding, "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None:
        raise InputError(origin, "text encoding cannot be recognised")
    return data.decode(best.encoding, "replace")


def _browser_encoding(label: str) -> str | None:
    label = label.lower()
    if label in {"iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"}:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None
