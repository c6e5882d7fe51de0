"""Files in, articles out: the extraction stage, run in parallel, with per-page time limits.

A file is the unit of work and of incremental re-runs: an HTML page or a text dump
gives one article, a WARC file the articles of its HTML responses, a JSON Lines file
the articles already extracted into it. Workers never raise: each problem comes
back as a ``Problem`` naming the file (and the record) and the reason, so one bad
page is reported while the run goes on.
"""
from __future__ import annotations

import hashlib
import json
import os
import signal
import threading
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Iterable, Iterator, Sequence

from .article import Article
from .errors import ExtractionError, InputError
from .sources import HTML, JSONL, TEXT, WARC, Page, PageFile, read_page, read_warc


@dataclass(frozen=True)
class Problem:
    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass
class FileResult:
    """What a worker made of one file."""

    found: PageFile
    articles: list[Article] = field(default_factory=list)
    fingerprint: str = ""   # of the file's bytes, for the next run's unchanged check
    unchanged: bool = False
    skipped: list[Problem] = field(default_factory=list)
    failed: list[Problem] = field(default_factory=list)


@dataclass(frozen=True)
class Task:
    found: PageFile
    known_fingerprint: str | None = None
    page_timeout: float = 0.0
    site_lines: frozenset[str] = frozenset()   # a text dump's site template (``site_templates``)


class _PageTimeout(BaseException):
    """Raised by the page timer; a BaseException so that no ``except Exception`` in a parser keeps it."""


def _on_alarm(signum, frame):
    raise _PageTimeout


# The timer fires again this often after the limit: an alarm raised where Python can only
# print the exception (a finaliser, a parser callback) is lost, the next one is not.
_ALARM_REPEAT = 0.5


def process_file(task: Task) -> FileResult:
    """Read, fingerprint and extract one file; never raises."""
    found = task.found
    result = FileResult(found)
    try:
        fingerprint = result.fingerprint = file_fingerprint(found)
        if task.known_fingerprint and fingerprint == task.known_fingerprint:
            result.unchanged = True
        elif found.media_type == JSONL:
            _read_articles(found, fingerprint, result)
        elif found.media_type == WARC:
            _extract_all(read_warc(found), task.page_timeout, result)
        else:
            _extract(read_page(found), task.page_timeout, result, task.site_lines)
    except InputError as exc:
        result.failed.append(Problem(found.path, exc.reason))
    except Exception as exc:  # a bug or a file no reader survives: report it, keep going
        result.failed.append(Problem(found.path, f"cannot be processed ({type(exc).__name__}: {exc})"))
    return result


def file_fingerprint(found: PageFile) -> str:
    digest = hashlib.sha1()
    try:
        with open(found.os_path, "rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
    except OSError as exc:
        raise InputError(found.path, exc.strerror or "cannot be read") from exc
    return digest.hexdigest()


def _extract_all(pages: Iterable[Page | InputError], timeout: float, result: FileResult) -> None:
    for item in pages:
        if isinstance(item, InputError):
            result.failed.append(Problem(item.path, item.reason))
        else:
            _extract(item, timeout, result)


def _extract(page: Page, timeout: float, result: FileResult, site_lines: frozenset[str] = frozenset()) -> None:
    """One page to one article within ``timeout`` seconds; problems are recorded, not raised."""
    from .extract import extract_page

    where = page.origin
    alarm = timeout > 0 and _can_alarm()
    if alarm:
        previous = signal.signal(signal.SIGALRM, _on_alarm)
        signal.setitimer(signal.ITIMER_REAL, timeout, _ALARM_REPEAT)
    try:
        try:
            article = extract_page(page, site_lines)
        finally:   # stop the timer before anything else runs, so that no alarm escapes this page
            if alarm:
                _stop_timer(previous)
        result.articles.append(article)
    except _PageTimeout:
        if alarm:   # again: the alarm may have fired inside the first stop, the repeat is far off
            _stop_timer(previous)
        result.failed.append(Problem(where, f"took longer than {timeout:g}s to extract (page limit)"))
    except ExtractionError as exc:
        result.skipped.append(Problem(where, exc.reason))
    except InputError as exc:
        result.failed.append(Problem(where, exc.reason))
    except RecursionError:
        result.failed.append(Problem(where, "page nests too deeply to parse"))
    except MemoryError:
        result.failed.append(Problem(where, "page too large to parse"))
    except Exception as exc:  # a page no parser survives: report it, keep going
        result.failed.append(Problem(where, f"cannot be processed ({type(exc).__name__}: {exc})"))


def _stop_timer(previous) -> None:
    signal.setitimer(signal.ITIMER_REAL, 0)
    signal.signal(signal.SIGALRM, previous)


def _can_alarm() -> bool:
    """Timers interrupt the main thread only (workers run pages there; so does a plain script)."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def _read_articles(found: PageFile, fingerprint: str, result: FileResult) -> None:
    """JSON Lines of articles (as ``Article.to_dict()`` writes them): no extraction needed."""
    from .sources import open_text

    with open_text(found) as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            where = f"{found.path}:{number}"
            try:
                article = Article.from_dict(json.loads(line))
            except (ValueError, TypeError, AttributeError) as exc:
                result.failed.append(Problem(where, f"not an article record ({exc})"))
                continue
            if not article.id or not (article.body or article.headline):
                result.skipped.append(Problem(where, "record has no id, headline or body"))
                continue
            result.articles.append(article.with_changes(
                path=article.path or found.path,
                fingerprint=article.fingerprint or article.content_fingerprint()))


def process_bytes(name: str, data: bytes, timeout: float = 30.0) -> FileResult:
    """The articles of a file a cluster read for us (``name`` tells its kind); never raises."""
    from io import BytesIO

    from .sources import decompressed, media_type_of, warc_pages

    found = PageFile(name, name, media_type_of(PurePosixPath(name)) or HTML, len(data), 0)
    result = FileResult(found)
    try:
        if found.media_type == WARC:
            stream = BytesIO(data)
            _extract_all(warc_pages(stream, name), timeout, result)
        else:
            _extract(Page(origin=name, data=decompressed(name, data), media_type=found.media_type, key=name),
                     timeout, result)
    except InputError as exc:
        result.failed.append(Problem(name, exc.reason))
    except Exception as exc:  # keep the job alive whatever one file holds
        result.failed.append(Problem(name, f"cannot be processed ({type(exc).__name__}: {exc})"))
    return result


def site_templates(files: Sequence[PageFile], wanted: Iterable[PageFile]) -> dict[str, frozenset[str]]:
    """The template lines of each folder holding one of the ``wanted`` text dumps, learnt from
    the dumps saved in it (``extract.templates``): a folder of saved pages is one site's."""
    from .extract import templates

    folders = {os.path.dirname(found.path) for found in wanted if found.media_type == TEXT}
    dumps: dict[str, list[PageFile]] = {folder: [] for folder in folders}
    for found in files:
        if found.media_type == TEXT and os.path.dirname(found.path) in dumps:
            dumps[os.path.dirname(found.path)].append(found)
    learnt = {}
    for folder, found in dumps.items():
        if len(found) >= templates.MIN_DUMPS:
            sampled = templates.sample(sorted(found, key=lambda page_file: page_file.path))
            lines = templates.learn(text for text in map(_dump_text, sampled) if text is not None)
            if lines:
                learnt[folder] = lines
    return learnt


def task(found: PageFile, templates: dict[str, frozenset[str]], known_fingerprint: str | None = None,
         page_timeout: float = 0.0) -> Task:
    """The task for one file, with its site's template if it is a text dump (``site_templates``)."""
    site_lines = templates.get(os.path.dirname(found.path), frozenset()) if found.media_type == TEXT else frozenset()
    return Task(found, known_fingerprint, page_timeout, site_lines)


def _dump_text(found: PageFile) -> str | None:
    try:
        return read_page(found).text()
    except InputError:
        return None   # reported when the dump itself is processed


def process_files(tasks: Sequence[Task], jobs: int | None) -> Iterator[FileResult]:
    """Results in task order, from ``jobs`` worker processes (default: all cores)."""
    workers = jobs or os.cpu_count() or 1
    if workers <= 1 or len(tasks) < 4:
        yield from map(process_file, tasks)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(process_file, tasks, chunksize=8)


def extract_paths(paths: Iterable[str | os.PathLike[str]], *, jobs: int | None = None,
                  page_timeout: float = 30.0) -> Iterator[Article | Problem]:
    """Every article under ``paths``, and a ``Problem`` for each page that gave none."""
    from .sources import find_pages

    files = []
    for item in find_pages(paths):
        if isinstance(item, InputError):
            yield Problem(item.path, item.reason)
        else:
            files.append(item)
    templates = site_templates(files, files)
    for result in process_files([task(found, templates, None, page_timeout) for found in files], jobs):
        yield from result.failed
        yield from result.skipped
        yield from result.articles
